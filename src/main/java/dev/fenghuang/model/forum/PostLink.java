package dev.fenghuang.model.forum;

/**
 * A link in a post.
 *
 * @param number its 1-based number in the post, as {@link PostBlock.Span#link()} refers to it
 * @param url the absolute URL
 * @param text the link's text
 */
public record PostLink(int number, String url, String text) {
    public PostLink {
        text = text == null ? "" : text;
    }
}
