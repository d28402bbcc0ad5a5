package dev.fenghuang.tui;

import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;

/** A line typed in the status bar (search, go to): Enter submits, Esc cancels, Backspace deletes. */
public final class Prompt {
    private final String label;
    private final Consumer<String> submit;
    private final StringBuilder text = new StringBuilder();

    public Prompt(String label, Consumer<String> submit) {
        this.label = label;
        this.submit = submit;
    }

    /** Takes a key; returns false when the prompt is finished (submitted or cancelled). */
    public boolean take(KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter) {
            submit.accept(text.toString().strip());
            return false;
        }
        if (t == KeyType.Escape || t == KeyType.EOF || (t == KeyType.Character && k.isCtrlDown()
                && (k.getCharacter() == 'c' || k.getCharacter() == 'g'))) {
            return false;
        }
        if (t == KeyType.Backspace) {
            if (text.length() > 0) {
                text.setLength(text.offsetByCodePoints(text.length(), -1));
            } else {
                return false;
            }
        } else if (t == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            text.append(TerminalText.clean(String.valueOf(k.getCharacter())));
        }
        return true;
    }

    public String label() {
        return label;
    }

    public String text() {
        return text.toString();
    }
}
