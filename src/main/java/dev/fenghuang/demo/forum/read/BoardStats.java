package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A board's numbers as lists print them: threads, posts and today's posts of its listed threads, and its last post;
 * {@link #withSubs} adds the sub-boards' counts (the index, 4.1), never their last post.
 */
record BoardStats(int threads, int posts, int today, Optional<ForumThread> last) {
    static BoardStats of(ForumData data, Board board, long now) {
        List<ForumThread> listed = data.listed(board.fid());
        int posts = 0;
        int today = 0;
        for (ForumThread thread : listed) {
            for (ForumPost post : thread.visiblePosts()) {
                posts++;
                if (ForumTime.today(post.dateline(), now)) {
                    today++;
                }
            }
        }
        Optional<ForumThread> last = listed.stream()
                .max(Comparator.comparingLong((ForumThread t) -> t.lastPost().dateline()));
        return new BoardStats(listed.size(), posts, today, last);
    }

    static BoardStats withSubs(ForumData data, Board board, long now) {
        BoardStats own = of(data, board, now);
        int threads = own.threads();
        int posts = own.posts();
        int today = own.today();
        for (Board sub : data.subBoards(board.fid())) {
            BoardStats stats = of(data, sub, now);
            threads += stats.threads();
            posts += stats.posts();
            today += stats.today();
        }
        return new BoardStats(threads, posts, today, own.last());
    }

    /** {@code dnumber()}: above 10000 {@code <span title="N">K万</span>}. */
    static String number(int n) {
        return n > 10_000 ? "<span title=\"" + n + "\">" + n / 10_000 + "万</span>" : String.valueOf(n);
    }
}
