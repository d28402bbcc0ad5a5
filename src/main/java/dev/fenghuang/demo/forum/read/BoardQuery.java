package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.http.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a board list request asks (4.2): the page, {@code orderby=dateline} (else by last post), the digest filter
 * ({@code filter=digest&digest=1}) and the type filter ({@code filter=typeid&typeid=N}); stickies lead page 1 of the
 * plain lists only.
 */
public record BoardQuery(int page, boolean byDate, boolean digest, int typeid) {
    public static BoardQuery of(PageRequest request) {
        String filter = request.param("filter");
        return new BoardQuery(Math.max(1, request.intParam("page")), request.param("orderby").equals("dateline"),
                filter.equals("digest") && request.intParam("digest") > 0,
                filter.equals("typeid") ? request.intParam("typeid") : 0);
    }

    boolean filtered() {
        return digest || typeid > 0;
    }

    /** The threads in list order: stickies first (none in filtered lists), then by last post or start, newest first. */
    List<ForumThread> order(List<ForumThread> listed) {
        Comparator<ForumThread> newest = byDate ? Comparator.comparingLong(ForumThread::dateline)
                : Comparator.comparingLong((ForumThread t) -> t.lastPost().dateline());
        newest = newest.thenComparingInt(ForumThread::tid).reversed();
        List<ForumThread> ordered = new ArrayList<>();
        if (!filtered()) {
            listed.stream().filter(t -> t.sticky() > 0)
                    .sorted(Comparator.comparingInt(ForumThread::sticky).reversed().thenComparing(newest))
                    .forEach(ordered::add);
        }
        listed.stream().filter(t -> t.sticky() == 0).filter(t -> !digest || t.digest() > 0)
                .filter(t -> typeid == 0 || t.typeid() == typeid).sorted(newest).forEach(ordered::add);
        return ordered;
    }

    /** The query part the pager and menu links keep, raw {@code &}. */
    String linkFilter() {
        if (typeid > 0) {
            return "&filter=typeid&typeid=" + typeid;
        }
        if (digest) {
            return "&filter=digest&digest=1";
        }
        return byDate ? "&filter=author&orderby=dateline" : "";
    }
}
