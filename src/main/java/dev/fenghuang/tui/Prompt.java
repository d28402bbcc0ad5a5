package dev.fenghuang.tui;

import dev.fenghuang.tui.text.TypedChars;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;

/** A line typed in the status bar (search, go to): Enter submits, Esc cancels, Backspace deletes. */
public final class Prompt {
    private final String label;
    private final Consumer<String> submit;
    private final StringBuilder text = new StringBuilder();
    private final TypedChars typed = new TypedChars();

    public Prompt(String label, Consumer<String> submit) {
        this(label, "", submit);
    }

    /** A prompt whose field starts with {@code initial} (an answer refused before, to be corrected). */
    public Prompt(String label, String initial, Consumer<String> submit) {
        this.label = label;
        this.submit = submit;
        text.append(initial);
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
            text.append(typed.next(k.getCharacter()));
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
