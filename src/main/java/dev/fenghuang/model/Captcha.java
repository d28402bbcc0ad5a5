package dev.fenghuang.model;

/**
 * A captcha image the site wants read back (验证码).
 *
 * @param hash the site's id for this captcha (Discuz's idhash), sent back with the answer
 * @param image the image bytes as the site sent them (PNG, GIF or JPEG)
 * @param mediaType the image's media type, e.g. {@code image/png}
 */
public record Captcha(String hash, byte[] image, String mediaType) {
}
