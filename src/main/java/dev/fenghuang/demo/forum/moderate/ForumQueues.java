package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.admin.AdminChrome;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The admin panel's forum queues (5.7), {@code admin.php?action=moderate&operation=threads|replies}, past the admin
 * gate: the list in {@code form#cpform} (three rows per item), the bulk decision with {@code modsubmit} and its
 * counted answer, and the fast link of a row whose answer removes the row.
 */
public final class ForumQueues {
    static final String THREADS_SUCCEED = "审核操作成功，共 %d 个主题被通过，%d 个主题被忽略，%d 个主题被放入回收站，%d 个主题被删除";
    static final String REPLIES_SUCCEED = "审核操作成功，共 %d 个回复被通过，%d 个回复被忽略，%d 个回复被删除";

    /** A held thread (with its first post) or a held reply (with its thread). */
    record Held(ForumThread thread, ForumPost post) {
    }

    private final ForumData data;

    public ForumQueues(ForumData data) {
        this.data = data;
    }

    /** True for the operations this class answers. */
    public static boolean handles(String operation) {
        return operation.equals("threads") || operation.equals("replies");
    }

    /** How many threads and replies wait (ignored ones not counted), for the admin home. */
    public int[] waiting() {
        return new int[] {data.queuedThreads(false).size(), data.queuedReplies(false).size()};
    }

    public PageResponse route(Visit visit) {
        var request = visit.request();
        boolean threads = request.param("operation").equals("threads");
        if (request.param("fast").equals("1")) {
            apply(visit, threads, request.array("moderate"));
            String id = request.param(threads ? "tid" : "pid");
            return PageResponse.html(200, AdminChrome.framePart(visit, "<script type=\"text/javascript\">\n\tmod_remove_row('"
                    + ThreadTools.parse(id) + "');\n</script>")).asStored();
        }
        ForumQueueFilter filter = ForumQueueFilter.of(request, threads);
        if (request.post() && !request.param("modsubmit").isEmpty()) {
            if (!request.has("formhash")) {
                return AdminChrome.error(visit, ForumTexts.SUBMIT_INVALID);
            }
            int[] counts = apply(visit, threads, request.array("moderate"));
            String text = threads ? String.format(THREADS_SUCCEED, counts[0], counts[2], counts[1], 0)
                    : String.format(REPLIES_SUCCEED, counts[0], counts[2], counts[1]);
            return AdminChrome.success(visit, text, filter.forward(threads)).asStored();
        }
        return PageResponse.html(200, ForumQueuePage.render(visit, data, filter, threads));
    }

    /** Applies {@code moderate[ID]=decision}; answers the numbers validated, deleted and ignored. */
    private int[] apply(Visit visit, boolean threads, Map<String, String> decisions) {
        int[] counts = new int[3];
        long now = visit.site().now();
        for (Map.Entry<String, String> entry : decisions.entrySet()) {
            ForumDecisions.Decision decision = ForumDecisions.Decision.of(entry.getValue());
            int id = ThreadTools.parse(entry.getKey());
            if (decision == null) {
                continue;
            }
            boolean done;
            if (threads) {
                done = data.thread(id).filter(t -> t.state() == ForumThread.PENDING || t.state() == ForumThread.IGNORED)
                        .map(t -> {
                            ForumDecisions.decide(t, decision, now);
                            return true;
                        }).orElse(false);
            } else {
                done = data.post(id).filter(p -> !p.first() && (p.pending() || p.invisible() == ForumPost.IGNORED))
                        .map(p -> {
                            ForumDecisions.decide(p, decision, now);
                            return true;
                        }).orElse(false);
            }
            if (done) {
                counts[decision.ordinal()]++;
            }
        }
        return counts;
    }

    /** Held items the filter admits, newest first: threads, or replies with their threads. */
    static List<Held> matching(ForumData data, ForumQueueFilter filter, boolean threads, long now) {
        List<Held> items = new ArrayList<>();
        if (threads) {
            for (ForumThread thread : data.queuedThreads(filter.ignored())) {
                if (filter.admits(thread.author().name(), thread.subject(), thread.fid(), thread.queuedAt(), now)) {
                    items.add(new Held(thread, thread.firstPost()));
                }
            }
        } else {
            for (ForumPost post : data.queuedReplies(filter.ignored())) {
                ForumThread thread = data.thread(post.tid()).orElseThrow();
                if (filter.admits(post.author().name(), post.message(), thread.fid(), post.dateline(), now)) {
                    items.add(new Held(thread, post));
                }
            }
        }
        return items;
    }

    static String highlight(String html, boolean on) {
        return on ? Censor.highlight(html) : html;
    }
}
