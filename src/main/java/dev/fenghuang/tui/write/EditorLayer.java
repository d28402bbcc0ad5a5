package dev.fenghuang.tui.write;

import dev.fenghuang.tui.KeyAction;
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
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The inline comment editor over the body: a heading, the quoted comment if any, the text wrapped the Chinese way
 * with the cursor moving by character and by row, and a line for what happened. Enter starts a new line; the send
 * key (Ctrl-S, or Alt-Enter) sends, Ctrl-E opens the external editor with the text, Esc keeps it as a draft and
 * leaves. What sending means is the owner's business.
 */
public final class EditorLayer implements Layer {
    /** What the editor asks of the comment it belongs to. */
    public interface Owner {
        /** Whether typing edits the text now (not while sending or waiting). */
        boolean editable();

        /** Takes a key while not editable; false closes the editor. */
        boolean key(KeyStroke k);

        void send();

        void leave();

        void external();

        /** One line on what happened, or null. */
        String note();

        boolean noteIsError();

        /** The keys that act now, short enough for the status bar of a 40-column window; null for the editor's. */
        default String keys() {
            return null;
        }
    }

    private final UiLoop ui;
    private final Owner owner;
    private final String heading;
    private final String quote;
    private final EditBuffer buffer;
    private EditorLines lines;
    private String laidOutText;
    private int laidOutWidth = -1;
    private int textWidth = 40;
    private int top;
    private int goalColumn = -1;
    private char pendingHigh;

    public EditorLayer(UiLoop ui, Owner owner, String heading, String quote, String text) {
        this.ui = ui;
        this.owner = owner;
        this.heading = heading;
        this.quote = TerminalText.clean(quote);
        this.buffer = new EditBuffer(text, ui.breaker().widths());
    }

    /**
     * Hands the text to {@code $VISUAL}/{@code $EDITOR} (the screen stops meanwhile) and takes back what was saved;
     * {@code note} gets the line to show about it and whether it is an error.
     */
    public void editExternally(BiConsumer<String, Boolean> note) {
        try {
            replace(ui.suspended(() -> ui.externalEditor().edit(text())));
            note.accept(ui.texts().get("tui.editor.back"), false);
        } catch (Exception e) {
            note.accept(ui.texts().get("tui.editor.externalFailed", Problem.of(e).message()), true);
        }
    }

    public String text() {
        return buffer.text();
    }

    /** Puts new text in (back from the external editor), the cursor at its end. */
    void replace(String text) {
        buffer.moveTo(0);
        while (buffer.length() > 0) {
            buffer.delete();
        }
        buffer.insert(text);
    }

    @Override
    public boolean take(KeyStroke k) {
        if (!owner.editable()) {
            return owner.key(k);
        }
        Optional<KeyAction> action = ui.options().keys().action(k);
        KeyType t = k.getKeyType();
        if (action.filter(a -> a == KeyAction.SEND).isPresent() || t == KeyType.Enter && k.isAltDown()) {
            owner.send();
            return true;
        }
        if (action.filter(a -> a == KeyAction.EXTERNAL_EDITOR).isPresent()) {
            owner.external();
            return true;
        }
        if (t == KeyType.Escape || t == KeyType.EOF || t == KeyType.Character && k.isCtrlDown()
                && (k.getCharacter() == 'c' || k.getCharacter() == 'g')) {
            owner.leave();
            return false;
        }
        boolean vertical = t == KeyType.ArrowUp || t == KeyType.ArrowDown || t == KeyType.PageUp
                || t == KeyType.PageDown;
        if (!vertical) {
            goalColumn = -1;
        }
        edit(k);
        return true;
    }

    private void edit(KeyStroke k) {
        switch (k.getKeyType()) {
            case Character -> {
                if (!k.isCtrlDown() && !k.isAltDown()) {
                    typed(k.getCharacter());
                }
            }
            case Enter -> buffer.insert("\n");
            case Backspace -> buffer.backspace();
            case Delete -> buffer.delete();
            case ArrowLeft -> buffer.left();
            case ArrowRight -> buffer.right();
            case ArrowUp -> moveRows(-1);
            case ArrowDown -> moveRows(1);
            case PageUp -> moveRows(-Math.max(1, ui.bodyHeight() - 3));
            case PageDown -> moveRows(Math.max(1, ui.bodyHeight() - 3));
            case Home -> buffer.moveTo(lines().row(lines().rowOf(buffer.cursor())).start());
            case End -> {
                int r = lines().rowOf(buffer.cursor());
                buffer.moveTo(lines().offsetAt(r, Integer.MAX_VALUE));
            }
            default -> {
                // other keys do nothing in the editor
            }
        }
    }

    /** Inserts a typed char; an emoji arrives as two halves, kept until the second comes. */
    private void typed(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
            return;
        }
        boolean pair = pendingHigh != 0 && Character.isLowSurrogate(c);
        buffer.insert(pair ? new String(new char[] {pendingHigh, c}) : String.valueOf(c));
        pendingHigh = 0;
    }

    private void moveRows(int by) {
        EditorLines l = lines();
        int r = l.rowOf(buffer.cursor());
        if (goalColumn < 0) {
            goalColumn = l.columnOf(buffer.cursor());
        }
        int target = Math.max(0, Math.min(l.size() - 1, r + by));
        if (target == r) {
            buffer.moveTo(by < 0 ? 0 : buffer.length());
            return;
        }
        buffer.moveTo(l.offsetAt(target, goalColumn));
    }

    private EditorLines lines() {
        String text = buffer.text();
        if (lines == null || laidOutWidth != textWidth || !text.equals(laidOutText)) {
            lines = EditorLines.of(text, textWidth, ui.breaker());
            laidOutText = text;
            laidOutWidth = textWidth;
        }
        return lines;
    }

    /** Rows above the text: the heading and the quote, as far as the height allows. */
    private int headRows(int height) {
        int rows = height >= 3 ? 1 : 0;
        return rows + (quote.isEmpty() || height < 6 ? 0 : 1);
    }

    private int margin(int width) {
        return width >= 24 ? 1 : 0;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        RowPainter painter = ui.painter();
        int head = headRows(height);
        List<StyledLine> notes = noteLines(width, Math.max(1, (height - head) / 2));
        int noteRows = height >= 2 ? notes.size() : 0;
        int textRows = Math.max(1, height - head - noteRows);
        int margin = margin(width);
        textWidth = Math.max(2, width - 2 * margin - 1);
        EditorLines l = lines();
        int cursorRow = l.rowOf(buffer.cursor());
        top = Math.max(Math.min(top, cursorRow), cursorRow - textRows + 1);
        if (head > 0) {
            painter.paint(g, 0, 0, width, StyledLine.of(" " + heading, Style.HEADING), Style.SELECTED);
        }
        if (head > 1) {
            painter.paint(g, 0, 1, width, StyledLine.of(" > " + quote, Style.QUOTE), Style.NORMAL);
        }
        for (int r = 0; r < textRows && head + r < height; r++) {
            int i = top + r;
            StyledLine line = i < l.size() ? StyledLine.of(l.text(i), Style.NORMAL) : StyledLine.EMPTY;
            painter.paint(g, 0, head + r, margin, StyledLine.EMPTY, Style.NORMAL);
            painter.paint(g, margin, head + r, width - margin, line, Style.NORMAL);
        }
        for (int r = 0; r < noteRows; r++) {
            painter.paint(g, 0, height - noteRows + r, width, notes.get(r), Style.NORMAL);
        }
    }

    /**
     * The note (or the keys) wrapped to the width, so that the keys at its end are never cut off; at most
     * {@code max} rows, the last ones kept, since the keys come last.
     */
    private List<StyledLine> noteLines(int width, int max) {
        String note = owner.note();
        String text = TerminalText.clean(note == null ? ui.texts().get("tui.editor.keys") : note);
        Style style = note == null ? Style.META : owner.noteIsError() ? Style.ERROR : Style.HEADING;
        List<String> wrapped = ui.breaker().wrap(text, Math.max(2, width - 1), 0);
        List<String> shown = wrapped.subList(Math.max(0, wrapped.size() - max), wrapped.size());
        return shown.stream().map(line -> StyledLine.of(" " + line, style)).toList();
    }

    @Override
    public TerminalPosition cursor(int width, int height) {
        if (!owner.editable()) {
            return null;
        }
        EditorLines l = lines();
        int row = headRows(height) + l.rowOf(buffer.cursor()) - top;
        int col = margin(width) + l.columnOf(buffer.cursor());
        return new TerminalPosition(Math.min(Math.max(0, width - 1), col), Math.max(0, Math.min(height - 1, row)));
    }

    @Override
    public String status() {
        String keys = owner.keys();
        return keys != null ? keys : ui.texts().get("tui.editor.keysShort");
    }
}
