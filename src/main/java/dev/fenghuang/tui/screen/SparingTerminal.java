package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A terminal that passes on only the attribute and cursor-visibility commands that change something, and writes a
 * few plain cells rather than jump over them.
 *
 * <p>Lanterna starts every frame with "SGR 0, default foreground, default background", hides the cursor after every
 * frame, and moves the cursor over every cell it believes unchanged, seven bytes or more for one skipped blank; on a
 * one-line scroll of 80 columns that is a fifth of what is sent. This terminal remembers what it last sent and drops
 * a command that would set what is already set; asked to move the cursor a few columns to the right on its row, it
 * writes the frame's cells in between instead when they are plain ASCII in the attributes already set and cost
 * fewer bytes than the move.
 *
 * <p>What it does not know it sends: the colours and modifiers are unknown until an SGR 0, the cursor's place until
 * it is set (see {@link #forgetAttributes()}), its visibility until it is set, and all are forgotten by
 * {@link #forget()} whenever someone else may have written to the terminal.
 */
public final class SparingTerminal implements Terminal, Scrollable {
    /** The cells of the frame being drawn, as the terminal is to show them. */
    @FunctionalInterface
    public interface Frame {
        /** The cell at {@code column}, {@code row}, or null outside the frame. */
        TextCharacter cellAt(int column, int row);
    }

    /** Cells written over at most instead of a cursor move: a move costs at most 10 bytes on any real screen. */
    private static final int MOST_CELLS_WRITTEN_OVER = 10;

    private final Terminal terminal;
    private final Frame frame;
    /** Where the cursor is, or null when unknown. */
    private TerminalPosition cursor;
    private TextColor foreground;
    private TextColor background;
    /** The modifiers on, or null when unknown. */
    private Set<SGR> modifiers;
    /** Whether the cursor shows, or null when unknown. */
    private Boolean cursorVisible;

    public SparingTerminal(Terminal terminal, Frame frame) {
        this.terminal = Objects.requireNonNull(terminal);
        this.frame = Objects.requireNonNull(frame);
    }

    /** Forgets everything sent: the next command of each kind goes through. */
    public void forget() {
        forgetAttributes();
        cursorVisible = null;
    }

    /**
     * Forgets the colours, the modifiers and the cursor's place (someone may have set others since); the cursor's
     * visibility is kept.
     */
    public void forgetAttributes() {
        foreground = null;
        background = null;
        modifiers = null;
        cursor = null;
    }

    /**
     * Sets exactly the colours and modifiers of {@code ch}: an SGR 0 first only when a modifier is on that it has
     * not (or what is on is unknown).
     */
    public void attributesOf(TextCharacter ch) throws IOException {
        if (modifiers == null || !ch.getModifiers().containsAll(modifiers)) {
            resetColorAndSGR();
        }
        setForegroundColor(ch.getForegroundColor());
        setBackgroundColor(ch.getBackgroundColor());
        for (SGR sgr : ch.getModifiers()) {
            enableSGR(sgr);
        }
    }

    @Override
    public void resetColorAndSGR() throws IOException {
        if (modifiers != null && modifiers.isEmpty() && TextColor.ANSI.DEFAULT.equals(foreground)
                && TextColor.ANSI.DEFAULT.equals(background)) {
            return;
        }
        terminal.resetColorAndSGR();
        foreground = TextColor.ANSI.DEFAULT;
        background = TextColor.ANSI.DEFAULT;
        modifiers = EnumSet.noneOf(SGR.class);
    }

    @Override
    public void setForegroundColor(TextColor color) throws IOException {
        if (color != null && color.equals(foreground)) {
            return;
        }
        terminal.setForegroundColor(color);
        foreground = color;
    }

    @Override
    public void setBackgroundColor(TextColor color) throws IOException {
        if (color != null && color.equals(background)) {
            return;
        }
        terminal.setBackgroundColor(color);
        background = color;
    }

    @Override
    public void enableSGR(SGR sgr) throws IOException {
        if (modifiers != null && modifiers.contains(sgr)) {
            return;
        }
        terminal.enableSGR(sgr);
        if (modifiers != null) {
            modifiers.add(sgr);
        }
    }

    @Override
    public void disableSGR(SGR sgr) throws IOException {
        if (modifiers != null && !modifiers.contains(sgr)) {
            return;
        }
        terminal.disableSGR(sgr);
        if (modifiers != null) {
            modifiers.remove(sgr);
        }
    }

    @Override
    public void setCursorVisible(boolean visible) throws IOException {
        if (cursorVisible != null && cursorVisible == visible) {
            return;
        }
        terminal.setCursorVisible(visible);
        cursorVisible = visible;
    }

    @Override
    public void scrollLines(int firstLine, int lastLine, int distance) throws IOException {
        if (!(terminal instanceof Scrollable scrollable)) {
            throw new UnsupportedOperationException("the terminal cannot scroll a region");
        }
        cursor = null;
        scrollable.scrollLines(firstLine, lastLine, distance);
    }

    @Override
    public void enterPrivateMode() throws IOException {
        forget();
        terminal.enterPrivateMode();
    }

    @Override
    public void exitPrivateMode() throws IOException {
        forget();
        terminal.exitPrivateMode();
    }

    @Override
    public void clearScreen() throws IOException {
        cursor = null;
        terminal.clearScreen();
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        String between = cursor == null || cursor.getRow() != y ? null : plainCells(cursor.getColumn(), x, y);
        if (between != null && between.length() < moveLength(x, y)) {
            terminal.putString(between);
        } else {
            terminal.setCursorPosition(x, y);
        }
        cursor = new TerminalPosition(x, y);
    }

    @Override
    public void setCursorPosition(TerminalPosition position) throws IOException {
        setCursorPosition(position.getColumn(), position.getRow());
    }

    /**
     * The frame's cells from column {@code from} up to {@code to} on {@code row} as text, or null unless each is one
     * printable ASCII character in exactly the attributes set now.
     */
    private String plainCells(int from, int to, int row) {
        if (from >= to || to - from > MOST_CELLS_WRITTEN_OVER || modifiers == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int c = from; c < to; c++) {
            TextCharacter ch = frame.cellAt(c, row);
            if (ch == null || CellWidths.isDoubleWidth(ch) || !ch.getForegroundColor().equals(foreground)
                    || !ch.getBackgroundColor().equals(background) || !ch.getModifiers().equals(modifiers)) {
                return null;
            }
            String s = ch.getCharacterString();
            if (s.length() != 1 || s.charAt(0) < ' ' || s.charAt(0) > '~') {
                return null;
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** Bytes of the CUP sequence that moves the cursor to {@code x}, {@code y}. */
    private static int moveLength(int x, int y) {
        return "\u001B[;H".length() + String.valueOf(y + 1).length() + String.valueOf(x + 1).length();
    }

    /**
     * Moves the known cursor past what was written, when the frame shows that very text there and a cell follows on
     * the row; else forgets it. (It asks the frame, not the terminal: a Unix terminal's size can cost a process.)
     */
    private void wrote(String text) {
        if (cursor == null) {
            return;
        }
        TextCharacter ch = frame.cellAt(cursor.getColumn(), cursor.getRow());
        int next = ch == null || !ch.getCharacterString().equals(text) ? -1
                : cursor.getColumn() + (CellWidths.isDoubleWidth(ch) ? 2 : 1);
        cursor = next < 0 || frame.cellAt(next, cursor.getRow()) == null ? null : cursor.withColumn(next);
    }

    @Override
    public TerminalPosition getCursorPosition() throws IOException {
        return terminal.getCursorPosition();
    }

    @Override
    public void putCharacter(char c) throws IOException {
        terminal.putCharacter(c);
        wrote(String.valueOf(c));
    }

    @Override
    public void putString(String string) throws IOException {
        terminal.putString(string);
        wrote(string);
    }

    /** Graphics that write past this terminal: what it remembers is forgotten. */
    @Override
    public TextGraphics newTextGraphics() throws IOException {
        forget();
        return terminal.newTextGraphics();
    }

    @Override
    public void addResizeListener(TerminalResizeListener listener) {
        terminal.addResizeListener(listener);
    }

    @Override
    public void removeResizeListener(TerminalResizeListener listener) {
        terminal.removeResizeListener(listener);
    }

    @Override
    public TerminalSize getTerminalSize() throws IOException {
        return terminal.getTerminalSize();
    }

    @Override
    public byte[] enquireTerminal(int timeout, TimeUnit timeoutUnit) throws IOException {
        return terminal.enquireTerminal(timeout, timeoutUnit);
    }

    @Override
    public void bell() throws IOException {
        terminal.bell();
    }

    @Override
    public void flush() throws IOException {
        terminal.flush();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        return terminal.pollInput();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        return terminal.readInput();
    }
}
