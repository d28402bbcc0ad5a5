package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.read.ArticleLayout;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Capabilities;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The moderation keys at the level of the reader: M opens the queue (only for an account whose rights include it),
 * decisions go into the one {@link DecisionBatch} (kept when the queue is left and when the admin panel locks),
 * x sends them in one request after a question, and a lapsed admin session opens the password form and then
 * repeats what was asked. Runs on the UI thread.
 */
public final class ModerationDesk {
    private final UiLoop ui;
    private final Triage triage;
    private final Texts texts;
    private final DecisionBatch<QueueFilter> batch = new DecisionBatch<>();
    private QueueShelf shelf = QueueShelf.NONE;
    private Capabilities capabilities;
    private final PasswordGate adminPanel;

    public ModerationDesk(UiLoop ui, Triage triage) {
        this.ui = ui;
        this.triage = triage;
        this.texts = ui.texts();
        this.adminPanel = new PasswordGate(ui, e -> e instanceof AdminSessionExpired,
                then -> new AdminUnlockForm(ui, triage, then));
    }

    Triage triage() {
        return triage;
    }

    DecisionBatch<QueueFilter> batch() {
        return batch;
    }

    /** The queues another room adds to the round of f (the forum's); set before the reader starts. */
    public void shelf(QueueShelf more) {
        shelf = more == null ? QueueShelf.NONE : more;
    }

    /** Who is signed in changed: learns in the background what they may do. */
    public void account(Member member) {
        capabilities = member.isGuest() ? Capabilities.NONE : null;
        if (capabilities == null) {
            ui.quietly(triage::capabilities, c -> capabilities = c, e -> capabilities = null);
        }
    }

    /**
     * Whether a key is offered (in the help): the queue's keys only to an account that has a queue (the admin
     * panel's, or the front-end panel's of the shelf), the next queue's key only when there is one.
     */
    public boolean offers(KeyAction action) {
        boolean search = action != KeyAction.QUEUE_RECENT && action != KeyAction.QUEUE_AUTHOR
                || capabilities != null && capabilities.commentSearch();
        boolean round = action != KeyAction.QUEUE_NEXT || shelf.size() > 0;
        return search && round && (!action.moderation() || hasQueue());
    }

    private boolean hasQueue() {
        return capabilities != null && (capabilities.moderationQueue() || panelOnly());
    }

    /** Moderates without the admin panel, on the front end, where the shelf's panel queues are. */
    private boolean panelOnly() {
        return capabilities != null && !capabilities.moderationQueue() && capabilities.moderates()
                && shelf.size() > 0;
    }

    /** Whether the view takes the queue's own keys first. */
    public static boolean onQueue(View view) {
        return view instanceof QueueListView;
    }

    /** The status bar's key hints for the view. */
    public String hints(View view, String usual) {
        if (view instanceof QueueListView<?> queue) {
            return queue.hints();
        }
        return offers(KeyAction.MODERATION) ? usual + "  " + texts.get("tui.queue.hint") : usual;
    }

    /**
     * A queue's key hints with the next queue's key after the decisions' (where a narrow status bar still shows
     * it), when there are other queues.
     */
    public String withNextQueue(String hints) {
        if (shelf.size() == 0) {
            return hints;
        }
        String next = texts.get("tui.queue.hintNext");
        int at = hints.indexOf(" u:") >= 0 ? hints.indexOf(" u:") : hints.indexOf(" Tab");
        return at < 0 ? hints + " " + next : hints.substring(0, at) + " " + next + hints.substring(at);
    }

    /**
     * f: the next queue of the round in place of {@code from}: comments, then the shelf's (threads, replies), then
     * comments again; without the admin panel, the shelf's alone.
     */
    public void nextQueue(View from) {
        if (shelf.size() == 0) {
            return;
        }
        boolean onAdminPanel = capabilities == null || capabilities.moderationQueue();
        int next = shelf.indexOf(from) + 1;
        View view;
        if (next < shelf.size()) {
            view = shelf.open(next, onAdminPanel, this);
        } else if (onAdminPanel) {
            view = new ModerationView(ui, this, batch.filter() != null ? batch.filter() : QueueFilter.pending());
        } else {
            view = shelf.open(0, false, this);
        }
        ui.back();
        ui.open(view);
    }

    /** M: opens the queue, or says in one line why not. */
    public void open() {
        if (onQueue(ui.current())) {
            return;
        }
        ui.write(triage::capabilities, c -> {
            capabilities = c;
            if (c.moderationQueue()) {
                ui.open(new ModerationView(ui, this, batch.filter() != null ? batch.filter() : QueueFilter.pending()));
            } else if (panelOnly()) {
                ui.open(shelf.open(0, false, this));
            } else if (c.moderates()) {
                ui.message(texts.get("tui.queue.frontOnly"));
            } else {
                ui.message(texts.get("tui.queue.noRights"));
            }
        }, e -> ui.error(Problem.of(e).message()));
    }

    /** R: opens the recent comments of the whole portal, for an account that has the comment search. */
    void recent() {
        if (capabilities != null && capabilities.commentSearch()) {
            ui.open(new RecentView(ui, this));
        } else {
            ui.message(texts.get("tui.recent.noRights"));
        }
    }

    /** Runs an admin-panel request; when the panel wants its password again, asks for it and runs {@code again}. */
    public <T> void admin(Callable<T> request, Consumer<T> done, Runnable again) {
        adminPanel.run(request, done, again);
    }

    /** Sends every decision of the batch in one request, tells what became of each, and reloads the page. */
    void sendNow(ModerationView view) {
        Map<Long, Decision> decisions = batch.decisions();
        QueueFilter filter = batch.filter();
        var known = batch.known();
        var reasons = batch.reasons();
        admin(() -> triage.decide(decisions, filter, known, reasons), result -> {
            batch.sent(decisions.keySet());
            told(result);
            view.reload();
        }, () -> sendNow(view));
    }

    /** Shows what became of each decision of a batch sent, and the count in the status line. */
    public void told(BatchResult result) {
        ui.push(new BatchReport(texts, ui.painter(), result));
        ui.message(texts.get("mod.summary", String.valueOf(result.count(
                dev.fenghuang.model.DecisionOutcome.Fate.APPLIED)), String.valueOf(result.outcomes().size())));
    }

    /**
     * Enter: opens the entry's article and, once it is there, moves to the comment (found by its author and time,
     * which the article's comment heading shows); says so when the comment is not on the article's first page.
     */
    void openAt(QueueEntry entry) {
        ArticleView view = new ArticleView(ui, entry.aid(), OptionalLong::empty);
        ui.open(view);
        if (entry.time() == null) {
            return;
        }
        String heading = TerminalText.clean(entry.author().name()) + ArticleLayout.DOT + ArticleLayout.time(entry.time());
        ui.whenIdle(() -> {
            if (ui.current() == view && view.article() != null && !view.search(heading, true)) {
                ui.message(texts.get("tui.queue.notOnPage", String.valueOf(entry.cid())));
            }
        });
    }

    /** e: changes the comment's text on the article page (the front end's edit). */
    void edit(ModerationView view, QueueEntry entry) {
        if (entry == null || entry.aid() <= 0) {
            return;
        }
        new QueueEdit(ui, triage, entry, view::reload).open();
    }

    /** c: lists only one category's comments (0: all). */
    void askCategory(ModerationView view) {
        ui.ask(texts.get("tui.queue.categoryPrompt"), input -> {
            if (input.isEmpty()) {
                return;
            }
            try {
                view.refilter(QueueFilters.withCategory(view.listing(), Integer.parseInt(input)));
            } catch (NumberFormatException e) {
                ui.error(texts.get("tui.queue.categoryBad", input));
            }
        });
    }
}
