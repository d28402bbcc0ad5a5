package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.Layer;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import java.util.Arrays;

/**
 * The admin panel's password asked again: the password (never shown, kept in a char array that is wiped), the
 * security question's number and its answer when the account has one. Tab moves, Enter unlocks, Esc leaves the
 * panel locked (the decisions wait). A refusal, a wrong password or a lock, is told in one line; after the panel
 * opens, what was asked is done again. The front-end moderation panel's own password form is the same with the
 * password alone ({@link #panel}).
 */
public final class AdminUnlockForm implements Layer {
    private enum Field { PASSWORD, QUESTION, ANSWER }

    /** What checks the password (and the security answer where there is one); the array is the caller's to wipe. */
    @FunctionalInterface
    public interface Check {
        PostResult unlock(char[] password, int questionId, String answer) throws java.io.IOException;
    }

    private static final int LABEL = 14;

    private final UiLoop ui;
    private final Check check;
    private final Texts texts;
    private final Runnable then;
    /** The first part of the form's text keys: the admin panel's, or the front-end panel's. */
    private final String words;
    private final boolean withQuestion;
    private final StringBuilder question = new StringBuilder();
    private final StringBuilder answer = new StringBuilder();
    private final dev.fenghuang.tui.text.TypedChars typedChars = new dev.fenghuang.tui.text.TypedChars();
    private char[] password = new char[32];
    private int length;
    private Field focus = Field.PASSWORD;
    private String outcome;
    private boolean busy;

    AdminUnlockForm(UiLoop ui, Triage triage, Runnable then) {
        this(ui, triage::unlock, "tui.unlock", true, then);
    }

    private AdminUnlockForm(UiLoop ui, Check check, String words, boolean withQuestion, Runnable then) {
        this.ui = ui;
        this.check = check;
        this.texts = ui.texts();
        this.words = words;
        this.withQuestion = withQuestion;
        this.then = then;
    }

    /** The front-end moderation panel's (modcp) password form: the password alone, then {@code then}. */
    public static AdminUnlockForm panel(UiLoop ui, Check check, Runnable then) {
        return new AdminUnlockForm(ui, check, "tui.panelUnlock", false, then);
    }

    @Override
    public boolean take(KeyStroke k) {
        if (busy) {
            return true;
        }
        switch (k.getKeyType()) {
            case Escape, EOF -> {
                ui.message(texts.get(words + ".left"));
                return false;
            }
            case Enter -> submit();
            case Tab, ArrowDown -> focus = withQuestion
                    ? Field.values()[(focus.ordinal() + 1) % Field.values().length] : Field.PASSWORD;
            case ReverseTab, ArrowUp -> focus = withQuestion
                    ? Field.values()[(focus.ordinal() + 2) % Field.values().length] : Field.PASSWORD;
            case Backspace -> erase();
            case Character -> {
                if (!k.isCtrlDown() && !k.isAltDown()) {
                    typed(k.getCharacter());
                }
            }
            default -> {
                // other keys do nothing here
            }
        }
        return true;
    }

    private void typed(char c) {
        switch (focus) {
            case PASSWORD -> {
                if (length == password.length) {
                    char[] bigger = Arrays.copyOf(password, length * 2);
                    Arrays.fill(password, '\0');
                    password = bigger;
                }
                password[length++] = c;
            }
            case QUESTION -> {
                if (Character.isDigit(c) && question.length() < 1) {
                    question.append(c);
                }
            }
            case ANSWER -> answer.append(typedChars.next(c));
        }
    }

    private void erase() {
        switch (focus) {
            case PASSWORD -> {
                if (length > 0) {
                    password[--length] = '\0';
                }
            }
            case QUESTION -> question.setLength(Math.max(0, question.length() - 1));
            case ANSWER -> answer.setLength(Math.max(0, answer.length() - 1));
        }
    }

    private void submit() {
        char[] copy = Arrays.copyOf(password, length);
        Arrays.fill(password, '\0');
        length = 0;
        int q = question.length() == 0 ? 0 : question.charAt(0) - '0';
        String a = answer.toString();
        busy = true;
        outcome = texts.get("tui.unlock.checking");
        ui.write(() -> {
            try {
                return check.unlock(copy, q, a);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, this::answered, e -> {
            busy = false;
            outcome = Problem.of(e).message();
        });
    }

    private void answered(PostResult result) {
        busy = false;
        if (result.accepted()) {
            ui.close(this);
            ui.message(texts.get(withQuestion ? "mod.unlocked" : words + ".done"));
            then.run();
            return;
        }
        focus = Field.PASSWORD;
        outcome = said(result);
    }

    private String said(PostResult result) {
        SiteMessage m;
        if (result instanceof PostResult.Refused r) {
            m = r.message();
        } else if (result instanceof PostResult.NeedsLogin n) {
            m = n.message();
        } else if (result instanceof PostResult.NeedsCaptcha c) {
            m = c.message();
        } else {
            m = new SiteMessage(((PostResult.Posted) result).message(), SiteMessage.Kind.OTHER);
        }
        String remaining = m.values().get("remaining");
        return remaining == null ? m.text() : texts.get("tui.unlock.remaining", m.text(), remaining);
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        RowPainter p = ui.painter();
        int top = Math.max(0, height / 2 - 4);
        p.paint(g, 0, top, width, StyledLine.of(" " + texts.get(words + ".title"), Style.HEADING), Style.SELECTED);
        row(g, top + 2, width, Field.PASSWORD, "");
        if (withQuestion) {
            row(g, top + 3, width, Field.QUESTION, question.toString());
            row(g, top + 4, width, Field.ANSWER, answer.length() == 0 ? "" : texts.get("tui.login.hidden"));
        } else {
            p.paint(g, 0, top + 3, width, StyledLine.EMPTY, Style.NORMAL);
            p.paint(g, 0, top + 4, width, StyledLine.EMPTY, Style.NORMAL);
        }
        p.paint(g, 0, top + 5, width, StyledLine.EMPTY, Style.NORMAL);
        p.paint(g, 0, top + 6, width, outcome == null ? StyledLine.of(" " + texts.get(words + ".keys"), Style.META)
                : StyledLine.of(" " + TerminalText.clean(outcome), busy ? Style.META : Style.ERROR), Style.NORMAL);
        p.paint(g, 0, top + 1, width, StyledLine.EMPTY, Style.NORMAL);
    }

    private void row(TextGraphics g, int row, int width, Field f, String value) {
        String label = texts.get("tui.unlock." + f.name().toLowerCase(java.util.Locale.ROOT));
        String padded = label + " ".repeat(Math.max(1, LABEL - ui.painter().widths().of(label)));
        ui.painter().paint(g, 0, row, width, StyledLine.of(new StyledLine.Span(" " + padded, Style.KEY),
                new StyledLine.Span(value, Style.NORMAL)), Style.NORMAL);
    }

    @Override
    public TerminalPosition cursor(int width, int height) {
        int top = Math.max(0, height / 2 - 4);
        int col = 1 + LABEL + switch (focus) {
            case PASSWORD -> 0;
            case QUESTION -> question.length();
            case ANSWER -> answer.length() == 0 ? 0 : ui.painter().widths().of(texts.get("tui.login.hidden"));
        };
        return new TerminalPosition(Math.min(width - 1, col), top + 2 + focus.ordinal());
    }

    @Override
    public String status() {
        return texts.get(words + ".status");
    }

    @Override
    public void closed() {
        Arrays.fill(password, '\0');
        length = 0;
    }
}
