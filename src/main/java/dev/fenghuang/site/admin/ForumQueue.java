package dev.fenghuang.site.admin;

import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.site.SiteCharset;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The admin panel's forum queues (5.7 of the protocol reference), 审核新主题 and 审核新回复: list them, decide in one
 * bulk POST, and confirm by reading them again — never by the site's message. Approve and delete: gone from the
 * tab decided on; ignore: listed under the ignored tab.
 */
public final class ForumQueue {
    /** Pages read at most when confirming (of 100 items each). */
    static final int MAX_PAGES = 10;

    private final AdminSession session;

    public ForumQueue(AdminSession session) {
        this.session = session;
    }

    /** One page (1-based), newest first; past the end an empty page with {@code pageCount < page}. */
    public HeldPage page(HeldFilter filter, int page) throws IOException {
        Document doc = session.open(url(filter, page), "forum moderation queue");
        HeldPage q = ForumQueueParser.parse(doc, filter.kind(), filter.perPage());
        if (page > 1 && (q.page() < page || q.entries().isEmpty())) {
            return new HeldPage(page, Math.min(q.pageCount(), page - 1), q.total(), List.of());
        }
        return q;
    }

    /**
     * Sends the decisions (ids of the filter's kind) in one POST with their reasons ({@code pm_ID}), then reads the
     * queue again to tell, per item, what really happened.
     */
    public BatchResult decide(Map<Long, Decision> decisions, HeldFilter filter, Map<Long, String> reasons)
            throws IOException {
        Map<Long, Decision> sent = new LinkedHashMap<>(decisions);
        if (sent.isEmpty()) {
            return new BatchResult(List.of(), "");
        }
        Charset charset = charset(filter);
        SiteCharset.check(filter.author(), charset);
        SiteCharset.check(filter.contains(), charset);
        for (String reason : reasons.values()) {
            SiteCharset.check(reason, session.charset());
        }
        URI action = session.urls().base().resolve(ForumQueueFields.action(filter.kind()));
        AdminPage answer = session.post(action,
                formhash -> ForumQueueFields.decision(formhash, filter, sent, reasons), url(filter, 1));
        String said = answer instanceof AdminPage.Said s ? s.message().text() : "";
        return new BatchResult(confirm(sent, filter), said);
    }

    private List<DecisionOutcome> confirm(Map<Long, Decision> decisions, HeldFilter filter) throws IOException {
        HeldFilter look = filter.withPerPage(100).withCensor(false);
        Seen source = scan(look, decisions.keySet());
        boolean ignoring = decisions.containsValue(Decision.IGNORE);
        Seen ignored = filter.ignored() ? source : ignoring ? scan(look.ignoredTab(), decisions.keySet()) : null;
        List<DecisionOutcome> out = new ArrayList<>();
        decisions.forEach((id, d) -> out.add(new DecisionOutcome(id, d, fate(id, d, source, ignored, filter))));
        return out;
    }

    private static Fate fate(long id, Decision d, Seen source, Seen ignored, HeldFilter filter) {
        if (d == Decision.IGNORE) {
            if (ignored.found().contains(id)) {
                return Fate.APPLIED;
            }
            return !filter.ignored() && source.found().contains(id) ? Fate.NOT_APPLIED : Fate.UNKNOWN;
        }
        if (source.found().contains(id)) {
            return Fate.NOT_APPLIED;
        }
        return source.complete() ? Fate.APPLIED : Fate.UNKNOWN;
    }

    /** The wanted ids the list holds, and whether every page was read. */
    private record Seen(Set<Long> found, boolean complete) {
    }

    /**
     * Reads pages until every id is found or the list ends. No early stop by id: the list is ordered by the time an
     * item entered the queue, which is not the order of the ids.
     */
    private Seen scan(HeldFilter filter, Set<Long> wanted) throws IOException {
        Set<Long> found = new HashSet<>();
        for (int p = 1; p <= MAX_PAGES; p++) {
            HeldPage page = page(filter, p);
            page.entries().stream().map(HeldPost::id).filter(wanted::contains).forEach(found::add);
            if (found.containsAll(wanted) || page.entries().isEmpty() || p >= page.pageCount()) {
                return new Seen(found, true);
            }
        }
        return new Seen(found, false);
    }

    private URI url(HeldFilter filter, int page) throws IOException {
        return session.urls().base().resolve(ForumQueueFields.list(filter, page, charset(filter)));
    }

    private Charset charset(HeldFilter filter) throws IOException {
        boolean ascii = (filter.author() + filter.contains()).chars().allMatch(c -> c < 0x80);
        return ascii ? StandardCharsets.UTF_8 : session.charset();
    }
}
