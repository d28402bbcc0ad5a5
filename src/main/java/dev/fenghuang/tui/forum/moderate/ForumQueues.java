package dev.fenghuang.tui.forum.moderate;

import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.model.forum.PanelPasswordWanted;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.forum.ThreadView;
import dev.fenghuang.tui.moderate.AdminUnlockForm;
import dev.fenghuang.tui.moderate.DecisionBatch;
import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.moderate.PasswordGate;
import dev.fenghuang.tui.moderate.QueueShelf;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The forum's queues on the moderation desk's round: held threads, then held replies, on the admin panel (after
 * the comment queue) or, for an account without it, on the front-end moderation panel with its own password form.
 * Each queue keeps its batch while the round moves on, and while a panel asks for its password. Runs on the UI
 * thread.
 */
public final class ForumQueues implements QueueShelf {
    private static final List<HeldKind> ROUND = List.of(HeldKind.THREAD, HeldKind.REPLY);
    /** How many queues the round holds, known without loading this class (a constant). */
    public static final int QUEUES = 2;

    private final UiLoop ui;
    private final ForumParts forum;
    private final ForumTriage triage;
    private final Map<String, DecisionBatch<HeldFilter>> batches = new HashMap<>();
    private final PasswordGate panel;

    /** @param forum where a held post's thread is read, when it is opened from the queue */
    public ForumQueues(UiLoop ui, ForumParts forum, ForumTriage triage) {
        this.ui = ui;
        this.forum = forum;
        this.triage = triage;
        this.panel = new PasswordGate(ui, e -> e instanceof PanelPasswordWanted, then -> AdminUnlockForm.panel(ui,
                (password, question, answer) -> triage.unlockPanel(password), then));
    }

    ForumTriage triage() {
        return triage;
    }

    @Override
    public int size() {
        return ROUND.size();
    }

    @Override
    public View open(int n, boolean adminPanel, ModerationDesk desk) {
        HeldKind kind = ROUND.get(n);
        DecisionBatch<HeldFilter> batch = batches.computeIfAbsent(adminPanel + "/" + kind,
                k -> new DecisionBatch<>());
        HeldFilter filter = batch.filter() != null ? batch.filter() : HeldFilter.waiting(kind);
        return new ForumQueueView(ui, desk, this, batch, filter, adminPanel);
    }

    @Override
    public int indexOf(View view) {
        return view instanceof ForumQueueView queue ? ROUND.indexOf(queue.kind()) : -1;
    }

    /**
     * Runs a request of the front-end panel; when it wants the password, opens the panel's password form and, once
     * the panel is open, runs {@code again}.
     */
    <T> void panel(Callable<T> request, Consumer<T> done, Runnable again) {
        panel.run(request, done, again);
    }

    /** Opens the held post's thread where it stands: a held thread at its start, a held reply at the thread's end. */
    void openThread(HeldPost post) {
        if (!forum.readable()) {
            ui.message(ui.texts().get("tui.forum.none"));
            return;
        }
        List<String> crumbs = post.board().isEmpty() ? List.of() : List.of(post.board());
        ThreadView view = new ThreadView(ui, forum, post.tid(), 1, crumbs, post.subject());
        ui.open(view);
        if (post.kind() == HeldKind.REPLY) {
            view.reloadLast();
        }
    }
}
