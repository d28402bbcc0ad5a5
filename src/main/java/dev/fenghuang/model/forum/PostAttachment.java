package dev.fenghuang.model.forum;

/**
 * A file attached to a post.
 *
 * @param number its 1-based number in the post
 * @param aid the attachment id; 0 if the page does not say
 * @param name the file name
 * @param url the absolute download URL (it may need a login or credits)
 * @param size the size as the site prints it ({@code 12.5 KB}); "" if not shown
 * @param downloads how many times it was downloaded (下载次数)
 */
public record PostAttachment(int number, long aid, String name, String url, String size, long downloads) {
    public PostAttachment {
        name = name == null ? "" : name;
        url = url == null ? "" : url;
        size = size == null ? "" : size;
    }
}
