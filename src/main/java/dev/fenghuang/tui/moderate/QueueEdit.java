package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.write.EditorLayer;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.SiteWords;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.QueueEntry;

/**
 * e on the queue: the comment's text in the editor (inline, or {@code $EDITOR} with {@code tui.editor = external}),
 * sent as the front end's edit; the site's refusal stays in the editor, success closes it and reloads the page.
 */
final class QueueEdit implements EditorLayer.Owner {
    private final UiLoop ui;
    private final Triage triage;
    private final QueueEntry entry;
    private final Runnable done;
    private final Texts texts;
    private final EditorLayer editor;
    private String note;
    private boolean noteIsError;
    private boolean sending;

    QueueEdit(UiLoop ui, Triage triage, QueueEntry entry, Runnable done) {
        this.ui = ui;
        this.triage = triage;
        this.entry = entry;
        this.done = done;
        this.texts = ui.texts();
        this.editor = new EditorLayer(ui, this, texts.get("tui.queue.editHeading", String.valueOf(entry.cid())),
                "", entry.text());
    }

    void open() {
        ui.push(editor);
        if (ui.options().externalEditor()) {
            external();
        }
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
        String text = editor.text();
        sending = true;
        note(texts.get("tui.editor.sending"), false);
        ui.write(() -> triage.edit(entry.aid(), entry.cid(), text), r -> {
            sending = false;
            if (r.accepted()) {
                ui.close(editor);
                ui.message(texts.get("tui.queue.edited", String.valueOf(entry.cid())));
                done.run();
            } else {
                note(r instanceof PostResult.Refused refused ? SiteWords.of(refused.message(), texts) : r.toString(), true);
            }
        }, e -> {
            sending = false;
            note(Problem.of(e).message(), true);
        });
    }

    @Override
    public void leave() {
        ui.close(editor);
    }

    @Override
    public void external() {
        editor.editExternally(this::note);
    }

    private void note(String text, boolean error) {
        note = text;
        noteIsError = error;
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public boolean noteIsError() {
        return noteIsError;
    }
}
