package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.page.MessagePageRenderer;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import java.util.List;
import java.util.Optional;

/**
 * {@code forum.php?mod=redirect} (4.3): {@code goto=findpost} (also a bare {@code ptid}) answers 301 to the post's page
 * and {@code #pidPID}; {@code postno=N} the N-th visible post likewise; {@code goto=lastpost} 302 to the last page and
 * {@code #lastpost}. All with an empty body.
 */
public final class ForumRedirects {
    private ForumRedirects() {
    }

    public static PageResponse route(Visit visit, ForumData data, MessagePageRenderer messages) {
        var request = visit.request();
        String go = request.param("goto");
        int tid = request.intParam(go.equals("lastpost") ? "tid" : "ptid");
        Optional<ForumThread> thread = data.thread(tid).filter(ForumThread::listed);
        if (thread.isEmpty()) {
            return messages.error(visit, 404, ForumTexts.THREAD_MISSING);
        }
        List<ForumPost> posts = thread.get().visiblePosts();
        if (go.equals("lastpost")) {
            int pages = (posts.size() + ForumData.POSTS_PER_PAGE - 1) / ForumData.POSTS_PER_PAGE;
            return PageResponse.redirect(302, "forum.php?mod=viewthread&tid=" + tid + (pages > 1 ? "&page=" + pages : "")
                    + "#lastpost");
        }
        int index = -1;
        if (request.has("postno")) {
            index = Math.min(posts.size(), Math.max(1, request.intParam("postno"))) - 1;
        } else {
            int pid = request.intParam("pid");
            for (int i = 0; i < posts.size(); i++) {
                if (posts.get(i).pid() == pid) {
                    index = i;
                }
            }
        }
        if (index < 0) {
            return messages.error(visit, 200, "抱歉，指定的帖子不存在或已被删除");
        }
        ForumPost post = posts.get(index);
        return PageResponse.redirect(301, "forum.php?mod=viewthread&tid=" + tid + "&page="
                + (index / ForumData.POSTS_PER_PAGE + 1) + "#pid" + post.pid());
    }
}
