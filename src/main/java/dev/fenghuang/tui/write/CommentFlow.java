package dev.fenghuang.tui.write;

import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.app.CommentLength;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.UnencodableText;

/**
 * One comment being written and sent: a new one, a reply quoting another, or a change to an existing one. The
 * text goes through {@link Participation#comment}, which saves the draft before sending, so it is never lost; on
 * any refusal or failure the editor keeps it and shows why. Flood control offers to send when the wait is over;
 * a lapsed session opens the sign-in form and sends after it, without retyping.
 */
final class CommentFlow implements SendState.Sender {
    private final Writes writes;
    private final UiLoop ui;
    private final Texts texts;
    private final ArticleView view;
    private final long aid;
    private final Comment edited;
    private final String quote;
    private final EditorLayer editor;
    private final SendState state;
    private String captchaAnswer;
    /** The draft this editor keeps its text in: the one loaded, or the one its first send or leave saved. */
    private volatile DraftStore.Draft draft;
    private final int moreDrafts;

    /**
     * @param edited the comment being changed, or null for a new one
     * @param quote what the site puts before a reply ({@code [quote]…[/quote]}), or ""
     * @param text the text to start from (a saved draft, the comment being changed)
     */
    CommentFlow(Writes writes, ArticleView view, Comment edited, String quote, String text) {
        this(writes, view, edited, quote, text, null, 0);
    }

    /**
     * A new comment going on from a kept draft.
     *
     * @param draft the draft loaded into the editor, or null
     * @param moreDrafts how many other drafts are kept for the article
     */
    CommentFlow(Writes writes, ArticleView view, Comment edited, String quote, DraftStore.Draft draft,
                int moreDrafts) {
        this(writes, view, edited, quote, draft == null ? "" : draft.text(), draft, moreDrafts);
    }

    private CommentFlow(Writes writes, ArticleView view, Comment edited, String quote, String text,
                        DraftStore.Draft draft, int moreDrafts) {
        this.draft = draft;
        this.moreDrafts = moreDrafts;
        this.writes = writes;
        this.ui = writes.ui();
        this.texts = ui.texts();
        this.state = new SendState(ui, this);
        this.view = view;
        this.aid = view.aid();
        this.edited = edited;
        this.quote = quote;
        String title = TerminalText.clean(view.article().title());
        String heading = edited != null ? texts.get("tui.editor.edit", TerminalText.clean(edited.author().name()))
                : quote.isEmpty() ? texts.get("tui.editor.new", title) : texts.get("tui.editor.reply", title);
        this.editor = new EditorLayer(ui, state, heading, quote, text);
    }

    /** Shows the editor; with {@code tui.editor = external}, goes straight on to the external editor. */
    void open() {
        ui.push(editor);
        if (!editor.text().isEmpty() && edited == null) {
            note(moreDrafts > 0 ? texts.get("tui.draft.loadedMore", String.valueOf(moreDrafts))
                    : texts.get("tui.draft.loaded"), false);
        }
        if (ui.options().externalEditor()) {
            external();
        }
    }

    EditorLayer editor() {
        return editor;
    }

    private void note(String text, boolean error) {
        state.note(text, error);
    }

    @Override
    public void send() {
        String text = editor.text().strip();
        if (text.isEmpty()) {
            note(texts.get("comment.empty"), true);
            return;
        }
        if (text.indexOf('\uFFFD') >= 0) {
            note(texts.get("tui.editor.damaged"), true);
            return; // bytes the terminal sent that were not UTF-8: posting them would put garbage on the site
        }
        int width = CommentLength.width(quote + text);
        if (width > CommentLength.MAX_WIDTH) {
            note(texts.get("comment.tooLong", String.valueOf(width), String.valueOf(CommentLength.MAX_WIDTH)), true);
            return; // still editing: nothing saved or sent, the text stays in the editor
        }
        state.sending();
        String answer = captchaAnswer;
        captchaAnswer = null;
        Participation p = writes.participation();
        ui.write(() -> edited == null ? p.send(keep(p, quote + text), answer) : p.editComment(aid, edited.cid(), text),
                this::answered, this::failed);
    }

    /** Keeps the text in this editor's draft (a new one the first time), on the worker thread. */
    private DraftStore.Draft keep(Participation p, String text) throws java.io.IOException {
        DraftStore.Draft kept = draft == null ? p.drafts().save(aid, text) : p.drafts().replace(draft, text);
        draft = kept;
        return kept;
    }

    private void answered(PostResult result) {
        state.editing();
        if (result instanceof PostResult.Posted posted) {
            ui.close(editor);
            String done = texts.get(edited == null ? "comment.done" : "comment.edited");
            ui.message(posted.pending() ? done + " " + texts.get("write.pending") : done);
            view.reload();
            return;
        }
        reopen();
        if (result instanceof PostResult.Refused refused && refused.message().kind() == SiteMessage.Kind.TOO_FAST) {
            note(writes.siteText(refused.message(), "write.refused"), false);
            state.offerToWait(waitSeconds(refused.message()));
        } else if (result instanceof PostResult.NeedsLogin needs) {
            note(writes.siteText(needs.message(), "write.needsLogin") + " " + texts.get("tui.editor.kept"), true);
            writes.signIn(this::send);
        } else if (result instanceof PostResult.NeedsCaptcha needs) {
            note(writes.siteText(needs.message(), "write.needsCaptcha"), true);
            state.askCaptcha(needs.captcha(), answer -> captchaAnswer = answer);
        } else if (result instanceof PostResult.Refused refused) {
            note(writes.siteText(refused.message(), "write.refused") + " " + texts.get("tui.editor.kept"), true);
        }
    }

    private void failed(Throwable e) {
        state.editing();
        reopen();
        if (e instanceof UnencodableText u) {
            note(texts.get("tui.editor.unencodable", u.charset(), String.join(" ", u.characters())), true);
        } else if (e instanceof Participation.OutcomeUnknown) {
            note(texts.get("tui.editor.unknown"), true);
        } else {
            note(Problem.of(e).message() + " " + texts.get("tui.editor.kept"), true);
        }
    }

    /** Brings the editor back when an answer needs the user and the editor was left while sending. */
    private void reopen() {
        if (!ui.isOpen(editor)) {
            ui.push(editor);
        }
    }

    private static int waitSeconds(SiteMessage m) {
        try {
            return Math.max(1, Integer.parseInt(m.values().getOrDefault("waittime", "15").strip()));
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    @Override
    public void leave() {
        if (edited != null) {
            ui.message(texts.get("tui.editor.editLeft"));
            return;
        }
        String text = editor.text();
        Participation p = writes.participation();
        ui.quietly(() -> {
            if (text.isBlank()) {
                if (draft != null) {
                    p.drafts().delete(draft);
                    draft = null;
                }
            } else {
                keep(p, quote + text); // kept even when too long to send: the user shortens it later
            }
            return text.isBlank();
        }, blank -> ui.message(texts.get(blank ? "tui.editor.discarded" : "tui.draft.saved")), writes::failed);
    }

    @Override
    public void external() {
        editor.editExternally(this::note);
    }
}
