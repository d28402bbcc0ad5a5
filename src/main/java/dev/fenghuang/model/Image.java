package dev.fenghuang.model;

/**
 * An image in an article body.
 *
 * @param url absolute URL
 * @param alt alternative text, possibly empty
 * @param paragraph index into {@link Article#paragraphs()} of the paragraph it stands in (or after)
 */
public record Image(String url, String alt, int paragraph) {
    public Image {
        alt = alt == null ? "" : alt;
    }
}
