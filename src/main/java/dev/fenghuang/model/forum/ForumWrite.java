package dev.fenghuang.model.forum;

import dev.fenghuang.model.PostResult;

/**
 * How a forum write went (a reply, a new thread, an edit), with where the post landed as far as the site said.
 *
 * @param result the outcome: {@code Posted} (its id the pid, {@code pending} when held for moderation),
 *     {@code Refused} in the site's words (flood control of kind TOO_FAST with {@code waittime}), {@code NeedsLogin}
 * @param fid the board, 0 when not known
 * @param tid the thread, 0 when not known
 * @param pid the post, 0 when not known (a refusal)
 * @param floor the post's floor in the whole thread (1 for 楼主), 0 when not known: held for moderation, not read back
 */
public record ForumWrite(PostResult result, int fid, long tid, long pid, int floor) {

    /** A write that made nothing: a refusal, or an answer without ids. */
    public static ForumWrite of(PostResult result) {
        return new ForumWrite(result, 0, 0, 0, 0);
    }

    public boolean accepted() {
        return result.accepted();
    }

    /** Accepted but held for moderation (审核): nobody sees it until a moderator lets it through. */
    public boolean pending() {
        return result instanceof PostResult.Posted posted && posted.pending();
    }

    public ForumWrite withFloor(int value) {
        return new ForumWrite(result, fid, tid, pid, value);
    }

    public ForumWrite withResult(PostResult value) {
        return new ForumWrite(value, fid, tid, pid, floor);
    }
}
