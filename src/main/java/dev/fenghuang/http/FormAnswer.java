package dev.fenghuang.http;

/**
 * What a site answered to a form post. Redirects are not followed: Discuz answers a successful plain-form post
 * with a 301 whose {@code Location} is the result.
 *
 * @param status HTTP status
 * @param location the {@code Location} header, or null
 * @param contentType the media type without parameters, or empty
 * @param text the decoded body (possibly empty)
 */
public record FormAnswer(int status, String location, String contentType, String text) {
    public boolean isRedirect() {
        return status >= 300 && status < 400 && location != null;
    }
}
