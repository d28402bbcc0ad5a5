package dev.fenghuang.demo.forum.state;

/**
 * A file attached to a post: an image shown in the post ({@code [attachimg]}) or a download ({@code [attach]}).
 *
 * @param path the file under {@code data/attachment/forum/}
 */
public record ForumAttachment(int aid, String name, String path, String size, int downloads, boolean image) {
}
