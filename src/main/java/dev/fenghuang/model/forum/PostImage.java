package dev.fenghuang.model.forum;

/**
 * An image in a post.
 *
 * @param number its 1-based number in the post
 * @param url the absolute URL of the full image (for an attachment the original, never the placeholder)
 * @param alt its alternative text, "" for none
 * @param aid the attachment id for an attached image; 0 for an image linked with {@code [img]}
 */
public record PostImage(int number, String url, String alt, long aid) {
    public PostImage {
        alt = alt == null ? "" : alt;
    }

    public boolean attached() {
        return aid > 0;
    }
}
