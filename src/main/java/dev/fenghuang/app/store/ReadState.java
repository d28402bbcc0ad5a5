package dev.fenghuang.app.store;

import dev.fenghuang.app.Texts;

/**
 * Whether the reader has read an article, and how many comments it gained since.
 *
 * @param read whether it was opened (or marked read)
 * @param newComments comments it has beyond those it had when read; 0 when unread or not known
 */
public record ReadState(boolean read, long newComments) {
    /** Worth a look: never read, or commented on since. */
    public boolean unread() {
        return !read || newComments > 0;
    }

    /** "1 new comment", "3 new comments" (N 条新评论); "" when there are none. */
    public String newCommentsText(Texts texts) {
        if (newComments <= 0) {
            return "";
        }
        return texts.get(newComments == 1 ? "unread.newComment" : "unread.newComments", String.valueOf(newComments));
    }
}
