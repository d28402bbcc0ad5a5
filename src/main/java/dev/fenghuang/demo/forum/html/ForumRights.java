package dev.fenghuang.demo.forum.html;

import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.store.SiteMember;
import dev.fenghuang.demo.http.Visit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who may do what in the forum: administrators and super moderators moderate every board, a board's moderators
 * theirs; authors edit their own posts (not in closed threads); {@code modthreadkey} links open held posts to the one
 * moderator they were made for (4.10).
 */
public final class ForumRights {
    private static final long KEY_PERIOD = 10_000_000L;

    private ForumRights() {
    }

    public static boolean moderates(Visit visit, Board board) {
        SiteMember member = visit.member();
        if (member.guest()) {
            return false;
        }
        int adminid = visit.group().adminid();
        return adminid == 1 || adminid == 2 || board.moderators().contains(member.name());
    }

    /** Administrators (adminid 1): no flood limit, no length limits, no edit stamp. */
    public static boolean administrator(Visit visit) {
        return !visit.member().guest() && visit.group().adminid() == 1;
    }

    public static boolean edits(Visit visit, Board board, ForumThread thread, ForumPost post) {
        if (moderates(visit, board)) {
            return true;
        }
        return !visit.member().guest() && post.author().uid() == visit.member().uid() && !thread.closed();
    }

    /** The {@code modthreadkey} of a thread for the visiting member. */
    public static String modthreadKey(Visit visit, int tid) {
        SiteMember member = visit.member();
        return md5(member.name() + member.uid() + visit.site().authkey() + visit.site().now() / KEY_PERIOD + tid);
    }

    public static boolean keyOpens(Visit visit, Board board, int tid) {
        String key = visit.request().param("modthreadkey");
        return !key.isEmpty() && moderates(visit, board) && key.equals(modthreadKey(visit, tid));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
