package dev.fenghuang.tui.write;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.tui.UiLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The owner of an editor whose text goes to the site: what it is doing, and the line it shows under the text:
 * editing (with a note, perhaps an error), sending, or, after the site's flood control, offering to send by itself
 * when the wait is over and then counting down to it (Esc leaves either, the text stays). It takes the keys of the
 * offer and the wait, asks the captcha the site wants, and passes sending, leaving and the external editor on to its
 * {@link Sender}. The comment's editor ({@link CommentFlow}) and the forum's stand on one.
 */
public final class SendState implements EditorLayer.Owner {
    /** What sends the text, keeps it when the editor is left, and hands it to the external editor. */
    public interface Sender {
        /** Sends the text (Ctrl-S, or by itself once the wait the user accepted is over). */
        void send();

        /** The editor is left (the countdown, if any, is already stopped). */
        void leave();

        void external();
    }

    private enum State { EDITING, SENDING, OFFER, WAITING }

    private final UiLoop ui;
    private final Texts texts;
    private final Sender sender;
    private final String stillSendingKey;
    private State state = State.EDITING;
    private String note;
    private boolean noteIsError;
    private Instant due;
    /** The next send carries a captcha answer; the last one did. */
    private boolean answerPending;
    private boolean lastCarriedAnswer;
    private Runnable cancelTimer = () -> { };
    private Runnable cancelTick = () -> { };

    public SendState(UiLoop ui, Sender sender) {
        this(ui, sender, "tui.editor.stillSending");
    }

    /** {@code stillSendingKey}: the text key told on Esc while the text is on its way, naming what it is. */
    public SendState(UiLoop ui, Sender sender, String stillSendingKey) {
        this.ui = ui;
        this.texts = ui.texts();
        this.sender = sender;
        this.stillSendingKey = stillSendingKey;
    }

    @Override
    public boolean editable() {
        return state == State.EDITING;
    }

    /** The countdown while one runs, else the last note. */
    @Override
    public String note() {
        return switch (state) {
            case OFFER -> texts.get("tui.flood.offer", String.valueOf(secondsLeft()));
            case WAITING -> texts.get("tui.flood.waiting", String.valueOf(secondsLeft()));
            default -> note;
        };
    }

    /** The keys of the offer and of the wait, null for the editor's. */
    @Override
    public String keys() {
        return switch (state) {
            case OFFER -> texts.get("tui.flood.offerKeys");
            case WAITING -> texts.get("tui.flood.waitingKeys");
            default -> null;
        };
    }

    @Override
    public boolean noteIsError() {
        return state == State.EDITING && noteIsError;
    }

    public void note(String text, boolean error) {
        note = text;
        noteIsError = error;
    }

    /** The text goes to the site: no typing until the answer. */
    public void sending() {
        state = State.SENDING;
        lastCarriedAnswer = answerPending;
        answerPending = false;
        note(texts.get("tui.editor.sending"), false);
    }

    /** Back to editing the text: the site answered, or the send failed. */
    public void editing() {
        state = State.EDITING;
    }

    /** Asks the site's captcha in the captcha box; {@code answered} keeps the answer, then the text is sent again. */
    public void askCaptcha(Captcha captcha, Consumer<String> answered) {
        ui.push(new CaptchaLayer(ui, captcha, typed -> {
            answered.accept(typed);
            answerPending = true;
            sender.send();
        }, lastCarriedAnswer));
    }

    /** Flood control: offers to send by itself in {@code seconds}, counting down. */
    public void offerToWait(int seconds) {
        state = State.OFFER;
        due = ui.timers().now().plusSeconds(seconds);
        tick();
    }

    /**
     * Redraws the countdown each time its number changes, with no key pressed: a timer due when the next second
     * begins, set again while the offer or the wait lasts (the loop draws after every timer).
     */
    private void tick() {
        if (state != State.OFFER && state != State.WAITING || secondsLeft() == 0) {
            return;
        }
        long millis = Duration.between(ui.timers().now(), due).toMillis();
        long untilNext = Math.floorMod(millis - 1, 1000L) + 1;
        cancelTick.run();
        cancelTick = ui.after(Duration.ofMillis(untilNext), this::tick);
    }

    private long secondsLeft() {
        long millis = Duration.between(ui.timers().now(), due).toMillis();
        return Math.max(0, (millis + 999) / 1000);
    }

    @Override
    public boolean key(KeyStroke k) {
        boolean esc = k.getKeyType() == KeyType.Escape;
        boolean yes = k.getKeyType() == KeyType.Enter
                || k.getKeyType() == KeyType.Character && (k.getCharacter() == 'y' || k.getCharacter() == 'Y');
        switch (state) {
            case SENDING -> {
                if (esc) {
                    ui.message(texts.get(stillSendingKey));
                    return false;
                }
            }
            case OFFER -> {
                if (yes) {
                    state = State.WAITING;
                    cancelTimer = ui.after(Duration.between(ui.timers().now(), due), this::waited);
                    tick();
                } else if (esc || k.getKeyType() == KeyType.Character && k.getCharacter() == 'n') {
                    cancelTick.run();
                    state = State.EDITING;
                    note(texts.get("tui.flood.declined"), false);
                }
            }
            case WAITING -> {
                if (esc) {
                    cancelTimer.run();
                    cancelTick.run();
                    state = State.EDITING;
                    note(texts.get("tui.flood.cancelled"), false);
                }
            }
            default -> {
                return true;
            }
        }
        return true;
    }

    /** The wait is over: sent once, by itself. */
    private void waited() {
        if (state == State.WAITING) {
            state = State.EDITING;
            sender.send();
        }
    }

    @Override
    public void send() {
        sender.send();
    }

    /** The editor is left: no countdown and no sending by itself any more, then the sender keeps the text. */
    @Override
    public void leave() {
        cancelTimer.run();
        cancelTick.run();
        sender.leave();
    }

    @Override
    public void external() {
        sender.external();
    }
}
