package dev.fenghuang.app.forum;

import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.site.forum.ForumWriter;
import java.io.IOException;
import java.util.Optional;

/**
 * Looks for a post or thread this member sent, among a thread's newest floors or a board's newest threads: how a
 * send with no answer, or with a refusal the client could not name, is told from one that arrived.
 */
final class SentPosts {
    private final ForumWriter posts;
    private final ForumParticipation.Who who;

    SentPosts(ForumWriter posts, ForumParticipation.Who who) {
        this.posts = posts;
        this.who = who;
    }

    /** This member's post newer than {@code newerThan} showing the text, among the thread's newest floors. */
    Optional<ForumWrite> findReply(long tid, String text, long newerThan) throws IOException {
        Member me = who.whoami();
        if (me.isGuest()) {
            return Optional.empty();
        }
        ThreadPage page = posts.newestFloors(tid);
        for (Floor floor : page.floors()) {
            if (floor.pid() > newerThan && floor.author().uid() == me.uid() && SentText.shows(floor, text)) {
                return Optional.of(new ForumWrite(new PostResult.Posted("", floor.pid(), false), page.fid(), tid,
                        floor.pid(), floor.number()));
            }
        }
        return Optional.empty();
    }

    /** This member's thread newer than {@code newerThan} with the subject, among the board's newest threads. */
    Optional<ForumWrite> findThread(int fid, String subject, long newerThan) throws IOException {
        Member me = who.whoami();
        if (me.isGuest()) {
            return Optional.empty();
        }
        BoardPage board = posts.newestThreads(fid);
        for (ThreadRow row : board.threads()) {
            if (row.tid() > newerThan && row.author().uid() == me.uid() && SentText.sameSubject(row.subject(), subject)) {
                return Optional.of(new ForumWrite(new PostResult.Posted("", 0, false), fid, row.tid(), 0, 1));
            }
        }
        return Optional.empty();
    }
}
