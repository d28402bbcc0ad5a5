package dev.fenghuang.model.forum;

/**
 * A post as its edit form holds it (4.6): the text the author wrote, in the site's markup (BBCode: quotes, images,
 * attachments, code and links as {@code [quote]…[/quote]}, {@code [img]}, {@code [attach]}, {@code [code]},
 * {@code [url]}), the edit stamp removed. Untrusted: it comes from the site.
 *
 * @param subject the post's subject, "" for a reply without one
 * @param message the post's text
 */
public record PostSource(String subject, String message) {
    public PostSource {
        subject = subject == null ? "" : subject;
        message = message == null ? "" : message;
    }
}
