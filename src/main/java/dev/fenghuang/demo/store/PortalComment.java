package dev.fenghuang.demo.store;

/**
 * A portal comment as stored.
 *
 * @param html the converted comment HTML shown in {@code <dd>}
 * @param status 0 visible, 1 pending (待审核), 2 ignored (5.2)
 * @param message the text as posted (BBCode), used for editing and quoting
 */
public record PortalComment(int cid, int aid, SiteMember author, long dateline, String html, int status, String message) {
    public static final int VISIBLE = 0;
    public static final int PENDING = 1;
    public static final int IGNORED = 2;

    /** A visible comment whose posted text is recovered from its HTML. */
    public PortalComment(int cid, int aid, SiteMember author, long dateline, String html) {
        this(cid, aid, author, dateline, html, VISIBLE, CommentText.toBbcode(html));
    }

    public PortalComment edited(String newHtml, int newStatus, String newMessage) {
        return new PortalComment(cid, aid, author, dateline, newHtml, newStatus, newMessage);
    }
}
