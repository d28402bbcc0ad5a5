package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.app.Problem;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.write.EditorLayer;

/**
 * Replying to a thread, quoting a floor, changing or deleting one's own floor from the thread view, through
 * {@link ForumWrites}. The text goes into the editor; sending keeps it as a draft first and forgets the draft only
 * once the site took it, so a failure leaves it both in the editor and in the draft; Esc keeps it as a draft too.
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

    /** Opens the editor for a reply, quoting post {@code quotedPid} (0 for none). */
    void reply(long quotedPid) {
        if (!connected()) {
            return;
        }
        String heading = quotedPid == 0 ? ui.texts().get("tui.forum.reply", view.breadcrumb().get(
                view.breadcrumb().size() - 1)) : ui.texts().get("tui.forum.quoting", quotedName(quotedPid));
        new Flow(new ForumWrites.Draft(view.tid(), quotedPid, 0, ""), heading, "").open();
    }

    void edit(Floor floor) {
        if (connected()) {
            new Flow(new ForumWrites.Draft(view.tid(), 0, floor.pid(), ""), ui.texts().get("tui.forum.editing",
                    floor.label()), plain(floor)).open();
        }
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
                    view.reload();
                }, e -> ui.error(Problem.of(e, ui.texts()).message())), () -> { }));
    }

    private String quotedName(long pid) {
        return view.thread().floors().stream().filter(f -> f.pid() == pid).findFirst()
                .map(f -> f.label() + " " + f.author().name()).orElse(String.valueOf(pid));
    }

    /** The floor's text as the editor starts from it. */
    private static String plain(Floor floor) {
        StringBuilder sb = new StringBuilder();
        floor.blocks().stream().filter(b -> b instanceof dev.fenghuang.model.forum.PostBlock.Paragraph)
                .map(b -> ((dev.fenghuang.model.forum.PostBlock.Paragraph) b).text())
                .forEach(t -> sb.append(sb.length() == 0 ? "" : "\n").append(t));
        return sb.toString();
    }

    /** One text in the editor, from opening to the site's answer. */
    private final class Flow implements EditorLayer.Owner {
        private final ForumWrites.Draft base;
        private final EditorLayer editor;
        private boolean sending;
        private String note;
        private boolean error;

        Flow(ForumWrites.Draft base, String heading, String text) {
            this.base = base;
            this.editor = new EditorLayer(ui, this, heading, "", text);
        }

        void open() {
            ui.push(editor);
        }

        private ForumWrites.Draft draft() {
            return new ForumWrites.Draft(base.tid(), base.quotedPid(), base.editedPid(), editor.text());
        }

        @Override
        public boolean editable() {
            return !sending;
        }

        @Override
        public boolean key(KeyStroke k) {
            return true;
        }

        @Override
        public void send() {
            ForumWrites.Draft d = draft();
            if (d.text().isBlank()) {
                note(ui.texts().get("tui.forum.empty"), true);
                return;
            }
            sending = true;
            note(ui.texts().get("tui.editor.sending"), false);
            ForumWrites writes = forum.writes();
            ui.write(() -> {
                writes.keep(d);
                ForumWrites.Outcome outcome = writes.send(d);
                writes.sent(d);
                return outcome;
            }, this::answered, this::failed);
        }

        private void answered(ForumWrites.Outcome outcome) {
            sending = false;
            ui.close(editor);
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

        private void failed(Throwable e) {
            sending = false;
            note(Problem.of(e, ui.texts()).message() + "  " + ui.texts().get("tui.editor.kept"), true);
        }

        private void note(String text, boolean isError) {
            note = text;
            error = isError;
        }

        @Override
        public void leave() {
            ForumWrites.Draft d = draft();
            if (d.text().isBlank()) {
                ui.message(ui.texts().get("tui.forum.discarded"));
                return;
            }
            ForumWrites writes = forum.writes();
            ui.quietly(() -> {
                writes.keep(d);
                return d;
            }, kept -> ui.message(ui.texts().get("tui.forum.draftKept")),
                    e -> ui.error(Problem.of(e, ui.texts()).message()));
        }

        @Override
        public void external() {
            editor.editExternally(this::note);
        }

        @Override
        public String note() {
            return note;
        }

        @Override
        public boolean noteIsError() {
            return error;
        }
    }
}
