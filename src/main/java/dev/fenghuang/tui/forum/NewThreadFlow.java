package dev.fenghuang.tui.forum;

import dev.fenghuang.app.forum.SubjectTooLong;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.model.forum.ThreadForm;
import dev.fenghuang.model.forum.ThreadType;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.TerminalText;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Starting a thread from a board's list (4.5): the board's new-thread form is read first for its thread types; the
 * subject is asked and checked in the site's units (a Chinese character counts 2, at most 80) before anything is
 * kept; where the board has types one is asked for, and a board that requires one does not let the thread go
 * without it (the site would refuse it after taking the flood lock, 7.34); then the body in the editor, sent as
 * {@link ForumSendFlow} sends. Esc keeps it as a draft of the board, and the next P there goes on with the newest
 * thread kept (subject, type and body). The new thread opens once posted; one held for moderation is told, since it is in
 * no list until a moderator lets it through.
 */
final class NewThreadFlow {
    private final UiLoop ui;
    private final Texts texts;
    private final ForumParts forum;
    private final int fid;
    private final String boardName;
    private final List<String> crumbs;
    private final Runnable listChanged;

    /**
     * @param crumbs the board's breadcrumb, for the thread view opened after
     * @param listChanged runs when the board's list has a new thread (to read it again)
     */
    NewThreadFlow(UiLoop ui, ForumParts forum, int fid, String boardName, List<String> crumbs, Runnable listChanged) {
        this.ui = ui;
        this.texts = ui.texts();
        this.forum = forum;
        this.fid = fid;
        this.boardName = boardName;
        this.crumbs = List.copyOf(crumbs);
        this.listChanged = listChanged;
    }

    void start() {
        ForumWrites writes = forum.writes();
        if (writes == null) {
            ui.message(texts.get("tui.forum.writeUnavailable"));
            return;
        }
        ui.load(() -> new Start(writes.threadForm(fid), writes.keptThread(fid)), start -> {
            if (start.kept().isPresent() && !start.kept().get().text().subject().isBlank()) {
                resume(start.form(), start.kept().get());
            } else {
                askSubject(start.form(), "", "");
            }
        });
    }

    /** The board's form, and the newest thread kept for the board, if one is. */
    private record Start(ThreadForm form, Optional<ForumWrites.Kept<ForumWrites.NewThread>> kept) {
    }

    /** Goes on with the newest thread kept for the board: its subject, type and body, saying so. */
    private void resume(ThreadForm form, ForumWrites.Kept<ForumWrites.NewThread> kept) {
        String want = kept.text().type();
        ThreadType type = form.types().stream()
                .filter(t -> !want.isEmpty() && (String.valueOf(t.id()).equals(want) || t.name().equals(want)))
                .findFirst().orElse(null);
        write(kept.text().subject(), type, kept.text().body(), ForumSendFlow.loaded(texts, kept));
    }

    /** Asks for the subject; {@code before} is the one refused, kept in the field to be shortened. */
    private void askSubject(ThreadForm form, String problem, String before) {
        ui.ask(problem + texts.get("tui.forum.newThread.subject"), before, typed -> {
            String subject = typed.strip();
            if (subject.isEmpty()) {
                ui.message(texts.get("tui.forum.newThread.noSubject"));
                return;
            }
            try {
                ForumParticipation.checkSubject(subject);
            } catch (SubjectTooLong e) {
                askSubject(form, texts.get("tui.forum.newThread.subjectTooLong", String.valueOf(e.units()), "80")
                        + " ", subject);
                return;
            }
            if (form.types().isEmpty()) {
                write(subject, null, "", "");
            } else {
                askType(form, subject, "");
            }
        });
    }

    private void askType(ThreadForm form, String subject, String problem) {
        String offered = form.types().stream().map(t -> t.id() + " " + TerminalText.clean(t.name()))
                .collect(Collectors.joining(", "));
        String label = texts.get(form.typeRequired() ? "tui.forum.newThread.typeRequired"
                : "tui.forum.newThread.type", offered);
        ui.ask(problem + label, typed -> {
            String want = typed.strip();
            if (want.isEmpty() && form.typeRequired()) {
                askType(form, subject, texts.get("tui.forum.newThread.typeMissing") + " ");
                return;
            }
            Optional<ThreadType> type = form.types().stream()
                    .filter(t -> String.valueOf(t.id()).equals(want) || t.name().equals(want)).findFirst();
            if (!want.isEmpty() && type.isEmpty()) {
                askType(form, subject, texts.get("tui.forum.newThread.typeUnknown", want) + " ");
                return;
            }
            write(subject, type.orElse(null), "", "");
        });
    }

    /** Opens the editor on the body ({@code body} to start from), with {@code note} under it ("" for none). */
    private void write(String subject, ThreadType type, String body, String note) {
        ForumWrites writes = forum.writes();
        String typeId = type == null ? "" : String.valueOf(type.id());
        String heading = texts.get("tui.forum.newThread.heading", TerminalText.clean(boardName),
                TerminalText.clean(subject) + (type == null ? "" : " [" + TerminalText.clean(type.name()) + "]"));
        ForumSendFlow flow = new ForumSendFlow(ui, new ForumSendFlow.Target() {
            private ForumWrites.NewThread with(String body) {
                return new ForumWrites.NewThread(fid, subject, typeId, body);
            }

            @Override
            public String droppedKey() {
                return "tui.forum.newThread.discarded";
            }

            @Override
            public String keptKey() {
                return "tui.forum.newThread.draftKept";
            }

            @Override
            public String stillSendingKey() {
                return "tui.forum.newThread.stillSending";
            }

            @Override
            public void keep(String body) throws IOException {
                writes.keep(with(body));
            }

            @Override
            public ForumWrites.Outcome send(String body, CaptchaAnswer captcha, boolean resend) throws Exception {
                return writes.start(with(body), captcha, resend);
            }

            @Override
            public void drop() throws IOException {
                writes.drop(with(""));
            }

            @Override
            public void sent(String body) {
                // the application forgets a thread's draft once the site took it
            }

            @Override
            public void done(ForumWrites.Outcome outcome) {
                listChanged.run();
                if (outcome.pending() || outcome.tid() <= 0) {
                    ui.message(texts.get(outcome.pending() ? "tui.forum.newThread.held" : "tui.forum.newThread.posted"));
                    return;
                }
                ui.message(texts.get("tui.forum.newThread.posted"));
                ui.open(new ThreadView(ui, forum, outcome.tid(), 1, crumbs, subject));
            }
        }, heading, body);
        if (!note.isEmpty()) {
            flow.note(note);
        }
        flow.open();
    }
}
