package dev.fenghuang.tui.moderate;

import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * All comments of the portal in a time range, newest first, one page of the admin panel's comment search at a
 * time, drawn like the queue. Space and * mark, d puts the marked (else the selected) into the deletions, x sends
 * them in one request and tells what became of each; a lapsed admin session is unlocked and the request repeated.
 * The list, its keys and its clicks are {@link QueueListView}'s.
 */
public final class RecentView extends QueueListView<QueueFilter> {
    /** The deletions and marks are held in a batch of their own, all listed under this one tag. */
    private static final QueueFilter LISTED = QueueFilter.pending();

    private final ModerationDesk desk;
    private RecentRange range = RecentRange.WEEK;
    private String keyword = "";
    private String author = "";

    RecentView(UiLoop ui, ModerationDesk desk) {
        super(ui, new DecisionBatch<>());
        this.desk = desk;
        load(1);
    }

    /** The search the screen shows: its time range, keyword and author. */
    CommentQuery query() {
        LocalDate today = LocalDate.ofInstant(ui.timers().now(), ZoneId.systemDefault());
        CommentQuery q = range.query(today).containing(keyword);
        return author.isEmpty() ? q : q.by(author);
    }

    @Override
    protected QueueFilter listing() {
        return LISTED;
    }

    @Override
    protected void fetch(int wanted, Consumer<QueuePage> shown, Runnable again) {
        CommentQuery q = query();
        desk.admin(() -> asQueue(desk.triage().search(q, wanted)), shown, again);
    }

    private static QueuePage asQueue(SearchPage p) {
        List<QueueEntry> entries = new ArrayList<>();
        for (SearchHit h : p.hits()) {
            entries.add(new QueueEntry(h.cid(), h.aid(), h.articleTitle(), h.author(), h.time(), h.text(), List.of()));
        }
        return new QueuePage(p.page(), p.pageCount(), p.total(), entries);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        crumbs.add(ui.texts().get("tui.recent.title"));
        crumbs.add(ui.texts().get("tui.recent.range." + range.name()));
        if (!author.isEmpty()) {
            crumbs.add("@" + author);
        }
        if (!keyword.isEmpty()) {
            crumbs.add("/" + keyword);
        }
        return crumbs;
    }

    @Override
    public String hints() {
        return ui.texts().get("tui.recent.hints");
    }

    @Override
    protected boolean act(KeyAction action) {
        switch (action) {
            case QUEUE_PERIOD -> refilter(() -> range = range.next());
            case QUEUE_AUTHOR -> ui.ask(ui.texts().get("tui.recent.authorPrompt"),
                    name -> refilter(() -> author = name.strip()));
            case QUEUE_TAB -> ui.back();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Only deletions here; asked first when the settings say so. */
    @Override
    protected boolean decide(List<QueueEntry> targets, Decision decision) {
        if (decision != Decision.DELETE) {
            return false;
        }
        if (targets.isEmpty()) {
            return true;
        }
        if (ui.options().confirmDelete()) {
            ui.push(Confirm.orEnter(ui.texts().get("tui.recent.deleteConfirm", String.valueOf(targets.size())),
                    () -> batch().decide(targets, Decision.DELETE, "", LISTED),
                    () -> ui.message(ui.texts().get("tui.cancelled"))));
        } else {
            batch().decide(targets, Decision.DELETE, "", LISTED);
        }
        return true;
    }

    @Override
    protected String sendQuestion(int decisions) {
        return ui.texts().get("tui.recent.sendConfirm", String.valueOf(decisions));
    }

    @Override
    protected void sendNow() {
        Map<Long, SearchHit> found = new LinkedHashMap<>();
        batch().known().forEach((cid, e) -> found.put(cid, new SearchHit(e.cid(), e.aid(), e.articleTitle(),
                e.author(), e.time(), e.text())));
        CommentQuery q = query();
        desk.admin(() -> desk.triage().deleteFound(found, q), (BatchResult result) -> {
            batch().sent(found.keySet());
            desk.told(result);
            reload();
        }, this::sendNow);
    }

    /** Esc first drops the keyword, the author and the time range; a plain list lets the screen be left. */
    @Override
    protected boolean unfilter() {
        if (keyword.isEmpty() && author.isEmpty() && range == RecentRange.WEEK) {
            return false;
        }
        refilter(() -> {
            keyword = "";
            author = "";
            range = RecentRange.WEEK;
        });
        return true;
    }

    @Override
    protected void open(QueueEntry e) {
        if (e.aid() > 0) {
            desk.openAt(e);
        }
    }

    /** Lists only the comments containing {@code query} (the site searches). */
    @Override
    public boolean search(String query, boolean forward) {
        if (!query.equals(keyword)) {
            refilter(() -> keyword = query);
        }
        return true;
    }
}
