package dev.fenghuang.tui.forum;

import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.forum.MaybeHeld;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.write.EditorLayer;
import dev.fenghuang.tui.write.SendState;
import java.io.IOException;

/**
 * One forum text in the editor, from opening to the site's answer, with the guarantees of comments: it is kept as a
 * draft before it is sent and forgotten only once the site took it, so a refusal or a failure leaves it in the editor
 * and in the draft. Flood control offers to send by itself when the wait is over and counts down (Esc cancels, the
 * text stays); a captcha is asked in the captcha box and sent with the text; a text an earlier attempt may have
 * brought to the site, waiting for moderation where nobody sees it (4.10), is sent again only if the user says so; a
 * session the site let lapse signs the member out, opens the sign-in form and sends the text once after it.
 */
final class ForumSendFlow implements SendState.Sender {
    /** What the text is: how it is kept, sent and forgotten, and what follows success. */
    interface Target {
        /** Keeps the text as a draft (off the UI thread). */
        void keep(String text) throws IOException;

        /** Sends it; refusals throw ({@link SiteRefused}, {@link CaptchaWanted}, {@link MaybeHeld}). */
        ForumWrites.Outcome send(String text, CaptchaAnswer captcha, boolean resend) throws Exception;

        /** Forgets the draft the site took (off the UI thread). */
        void sent(String text) throws IOException;

        /** Forgets the draft this editor went on from, left empty (off the UI thread); nothing when there is none. */
        void drop() throws IOException;

        /** After the site took it, on the UI thread; the editor is closed. */
        void done(ForumWrites.Outcome outcome);

        /** The text key told when the editor is left empty: nothing is kept. */
        default String droppedKey() {
            return "tui.forum.discarded";
        }

        /** The text key told when the editor is left and the text kept: how to go on with it. */
        default String keptKey() {
            return "tui.forum.draftKept";
        }

        /** The text key told on Esc while the text is on its way: what is being sent. */
        default String stillSendingKey() {
            return "tui.forum.stillSending";
        }
    }

    private final UiLoop ui;
    private final Texts texts;
    private final Target target;
    private final EditorLayer editor;
    private final SendState state;
    private CaptchaAnswer captcha;
    private boolean resend;

    ForumSendFlow(UiLoop ui, Target target, String heading, String text) {
        this.ui = ui;
        this.texts = ui.texts();
        this.target = target;
        this.state = new SendState(ui, this, target.stillSendingKey());
        this.editor = new EditorLayer(ui, state, heading, "", text);
    }

    void open() {
        ui.push(editor);
    }

    /** What the editor says of a kept draft it opened with: how many more are kept, whether it may have been sent. */
    static String loaded(Texts texts, ForumWrites.Kept<?> kept) {
        String loaded = kept.more() > 0 ? texts.get("tui.forum.draftLoadedMore", String.valueOf(kept.more()))
                : texts.get("tui.forum.draftLoaded");
        return kept.maybeSent() ? loaded + " " + texts.get("tui.forum.draftMaybeSent") : loaded;
    }

    /** A line shown under the text until something else is said (e.g. the subject and type chosen). */
    void note(String text) {
        note(text, false);
    }

    private void note(String text, boolean error) {
        state.note(text, error);
    }

    @Override
    public void send() {
        String text = editor.text();
        if (text.isBlank()) {
            note(texts.get("tui.forum.empty"), true);
            return;
        }
        state.sending();
        CaptchaAnswer answer = captcha;
        boolean again = resend;
        captcha = null;
        resend = false;
        ui.write(() -> {
            target.keep(text);
            ForumWrites.Outcome outcome = target.send(text, answer, again);
            target.sent(text);
            return outcome;
        }, this::answered, this::failed);
    }

    private void answered(ForumWrites.Outcome outcome) {
        state.editing();
        ui.close(editor);
        target.done(outcome);
    }

    private void failed(Throwable e) {
        state.editing();
        if (!ui.isOpen(editor)) {
            ui.push(editor);
        }
        if (e instanceof CaptchaWanted wanted) {
            note(texts.get("tui.forum.captcha"), true);
            state.askCaptcha(wanted.captcha(), typed -> captcha = new CaptchaAnswer(wanted.captcha().hash(), typed));
        } else if (e instanceof LoginWanted wanted) {
            note(Problem.of(new SiteRefused(wanted.said()), texts).message() + "  " + texts.get("tui.editor.kept"),
                    true);
            ui.signInAgain(this::send); // the text stays kept and in the editor, and goes once after signing in
        } else if (e instanceof MaybeHeld) {
            note(texts.get("tui.forum.maybeHeld"), true);
            ui.push(new Confirm(texts.get("tui.forum.maybeHeldAsk"), () -> {
                resend = true;
                send();
            }, () -> note(texts.get("tui.forum.maybeHeldKept"), false)));
        } else if (e instanceof SiteRefused refused && refused.siteMessage().kind() == SiteMessage.Kind.TOO_FAST) {
            state.offerToWait(waitSeconds(refused.siteMessage()));
        } else {
            note(Problem.of(e, texts).message() + lockTaken(e) + "  " + texts.get("tui.editor.kept"), true);
        }
    }

    /** A refusal that took the flood lock all the same (7.34) says how long the next attempt must wait. */
    private String lockTaken(Throwable e) {
        if (e instanceof SiteRefused refused && refused.siteMessage().values().containsKey("floodctrl")) {
            return "  " + texts.get("forum.lockTaken", refused.siteMessage().values().get("floodctrl"));
        }
        return "";
    }

    /** The wait the site asked for: {@code waittime} (comments), {@code floodctrl} (forum), else 15 s. */
    static int waitSeconds(SiteMessage m) {
        String v = m.values().getOrDefault("waittime", m.values().getOrDefault("floodctrl", "15"));
        try {
            return Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    @Override
    public void leave() {
        String text = editor.text();
        if (text.isBlank()) {
            ui.quietly(() -> {
                target.drop();
                return text;
            }, dropped -> ui.message(texts.get(target.droppedKey())), e -> ui.error(Problem.of(e, texts).message()));
            return;
        }
        ui.quietly(() -> {
            target.keep(text);
            return text;
        }, kept -> ui.message(texts.get(target.keptKey())), e -> ui.error(Problem.of(e, texts).message()));
    }

    @Override
    public void external() {
        editor.editExternally(this::note);
    }
}
