package dev.fenghuang.demo;

/**
 * A portal comment as stored.
 *
 * @param html the converted comment HTML shown in {@code <dd>}
 * @param status 0 visible, 1 pending (待审核), 2 ignored (5.2)
 * @param message the text as posted (BBCode), used for editing and quoting
 */
record PortalComment(int cid, int aid, Member author, long dateline, String html, int status, String message) {
    static final int VISIBLE = 0;
    static final int PENDING = 1;
    static final int IGNORED = 2;

    /** A visible comment whose posted text is recovered from its HTML. */
    PortalComment(int cid, int aid, Member author, long dateline, String html) {
        this(cid, aid, author, dateline, html, VISIBLE, CommentText.toBbcode(html));
    }

    PortalComment edited(String newHtml, int newStatus, String newMessage) {
        return new PortalComment(cid, aid, author, dateline, newHtml, newStatus, newMessage);
    }
}
