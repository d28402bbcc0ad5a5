package dev.fenghuang.model.forum;

/**
 * What was typed for a captcha on a post form (1.10, 4.4): the hash the image was loaded under, and the characters.
 *
 * @param hash the {@code idhash} of the image shown ({@code Captcha.hash()}); null to use the hash the form shows
 *     now (a code read from an image an earlier run saved, on a form whose hash stays with the session)
 * @param text the characters read from the image
 */
public record CaptchaAnswer(String hash, String text) {
    public CaptchaAnswer {
        text = text == null ? "" : text.strip();
    }

    /** A code typed for the image the form shows now. */
    public static CaptchaAnswer ofFormHash(String text) {
        return new CaptchaAnswer(null, text);
    }
}
