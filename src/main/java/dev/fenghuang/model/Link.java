package dev.fenghuang.model;

/**
 * A link in an article body.
 *
 * @param url absolute URL
 * @param text the link's text
 * @param paragraph index into {@link Article#paragraphs()} of the paragraph it stands in
 */
public record Link(String url, String text, int paragraph) {
    public Link {
        text = text == null ? "" : text;
    }
}
