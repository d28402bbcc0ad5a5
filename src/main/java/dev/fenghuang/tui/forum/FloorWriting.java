package dev.fenghuang.tui.forum;

import dev.fenghuang.app.Problem;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.UiLoop;
import java.util.Optional;

/**
 * Replying to a thread, quoting a floor, changing or deleting one's own floor from the thread view, through
 * {@link ForumWrites}. The text goes into the editor; sending keeps it as a draft first and forgets the draft only
 * once the site took it, so a failure leaves it both in the editor and in the draft; Esc keeps it as a draft too, and
 * the next R, Q or E goes on from the newest draft kept for it.
 */
final class FloorWriting {
    private final UiLoop ui;
    private final ForumParts forum;
    private final ThreadView view;

    FloorWriting(UiLoop ui, ForumParts forum, ThreadView view) {
        this.ui = ui;
        this.forum = forum;
        this.view = view;
    }

    private boolean connected() {
        if (forum.writes() == null) {
            ui.message(ui.texts().get("tui.forum.writeUnavailable"));
            return false;
        }
        return true;
    }

    /**
     * Opens the editor for a reply, quoting post {@code quotedPid} (0 for none), starting from the newest draft kept
     * for it (R: any reply of the thread, with the floor it quotes); the editor says how many more are kept.
     */
    void reply(long quotedPid) {
        if (!connected()) {
            return;
        }
        ui.quietly(() -> forum.writes().keptReply(view.tid(), quotedPid == 0 ? ForumWrites.ANY_QUOTE : quotedPid),
                kept -> {
                    long quote = kept.map(k -> k.text().quotedPid()).orElse(quotedPid);
                    String heading = quote == 0 ? ui.texts().get("tui.forum.reply", view.breadcrumb().get(
                            view.breadcrumb().size() - 1)) : ui.texts().get("tui.forum.quoting", quotedName(quote));
                    open(new ForumWrites.Draft(view.tid(), quote, 0, ""), heading, kept, "");
                }, e -> ui.error(Problem.of(e, ui.texts()).message()));
    }

    /**
     * Opens the editor on one's own floor, starting from the newest change kept for it, else from what the post's edit
     * form holds (4.6: the BBCode as written, quotes and images included), so sending it back loses nothing; when the
     * form cannot be read no editor opens and the reason is told.
     */
    void edit(Floor floor) {
        if (!connected()) {
            return;
        }
        ForumWrites writes = forum.writes();
        ForumWrites.Draft base = new ForumWrites.Draft(view.tid(), 0, floor.pid(), "");
        String heading = ui.texts().get("tui.forum.editing", floor.label());
        ui.quietly(() -> writes.keptEdit(view.tid(), floor.pid()), kept -> {
            if (kept.isPresent()) {
                open(base, heading, kept, "");
                return;
            }
            ui.write(() -> writes.source(view.tid(), floor.pid()), source -> open(base, heading, kept,
                    source.message()), e -> ui.error(e instanceof dev.fenghuang.model.SiteRefused
                    ? Problem.of(e, ui.texts()).message()
                    : ui.texts().get("tui.forum.editFormUnread", floor.label(), Problem.of(e, ui.texts()).message())));
        }, e -> ui.error(Problem.of(e, ui.texts()).message()));
    }

    void delete(Floor floor) {
        if (!connected()) {
            return;
        }
        if (floor.number() == 1) {
            ui.message(ui.texts().get("tui.forum.deleteFirst"));
            return;
        }
        ui.push(new Confirm(ui.texts().get("tui.forum.deleteAsk", floor.label()), () -> ui.write(
                () -> forum.writes().delete(view.tid(), floor.pid()), outcome -> {
                    ui.message(outcome.message().isEmpty() ? ui.texts().get("tui.forum.deleted") : outcome.message());
                    forum.visits().deleted(view.tid());
                    view.reload();
                }, e -> ui.error(Problem.of(e, ui.texts()).message())), () -> { }));
    }

    private String quotedName(long pid) {
        return view.thread().floors().stream().filter(f -> f.pid() == pid).findFirst()
                .map(f -> f.label() + " " + f.author().name()).orElse(String.valueOf(pid));
    }

    /**
     * Opens the editor for a text of this thread: a reply, a quote reply, or an edit of {@code base}'s post, starting
     * from {@code kept} (a kept draft, told with how many more are kept), else from {@code text}.
     */
    private void open(ForumWrites.Draft base, String heading, Optional<ForumWrites.Kept<ForumWrites.Draft>> kept,
                      String text) {
        ForumWrites writes = forum.writes();
        ForumSendFlow flow = new ForumSendFlow(ui, new ForumSendFlow.Target() {
            private ForumWrites.Draft with(String t) {
                return new ForumWrites.Draft(base.tid(), base.quotedPid(), base.editedPid(), t);
            }

            @Override
            public void keep(String t) throws java.io.IOException {
                writes.keep(with(t));
            }

            @Override
            public ForumWrites.Outcome send(String t, dev.fenghuang.model.forum.CaptchaAnswer captcha, boolean resend)
                    throws Exception {
                return writes.send(with(t), captcha, resend);
            }

            @Override
            public void drop() throws java.io.IOException {
                writes.drop(base);
            }

            @Override
            public void sent(String t) throws java.io.IOException {
                writes.sent(with(t));
            }

            @Override
            public String keptKey() {
                return base.edit() ? "tui.forum.editDraftKept" : "tui.forum.draftKept";
            }

            @Override
            public String stillSendingKey() {
                return base.edit() ? "tui.forum.edit.stillSending" : "tui.forum.stillSending";
            }

            @Override
            public void done(ForumWrites.Outcome outcome) {
                String done = ui.texts().get(outcome.pending() ? "tui.forum.pending" : base.edit() ? "tui.forum.edited"
                        : "tui.forum.sent");
                ui.message(outcome.message().isEmpty() ? done : done + "  " + outcome.message());
                if (base.edit()) {
                    view.reload();
                } else {
                    if (!outcome.pending()) {
                        forum.visits().replied(base.tid());
                    }
                    view.reloadLast();
                }
            }
        }, heading, kept.map(k -> k.text().text()).orElse(text));
        kept.ifPresent(k -> flow.note(ForumSendFlow.loaded(ui.texts(), k)));
        flow.open();
    }
}
