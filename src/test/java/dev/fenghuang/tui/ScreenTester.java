package dev.fenghuang.tui;

import dev.fenghuang.tui.moderate.Triage;
import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.term.ExternalEditor;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the reader's UI loop on Lanterna's virtual terminal, one key at a time: requests run on the calling thread,
 * and after each key the loop settles and draws, so a test reads the screen as the user would see it.
 */
public final class ScreenTester implements AutoCloseable {
    public final DefaultVirtualTerminal terminal;
    public final TerminalScreen screen;
    public final UiLoop loop;
    public final ByteArrayOutputStream clipboard = new ByteArrayOutputStream();
    final FakeClock clock = new FakeClock();

    public ScreenTester(PortalReader reader, TuiOptions options, int columns, int rows) throws IOException {
        this(reader, null, Triage.NONE, options, columns, rows, new ExternalEditor("false"));
    }

    /** A reader that can also write, through a session's participation, with the given external editor. */
    public ScreenTester(PortalSession session, TuiOptions options, int columns, int rows, ExternalEditor editor)
            throws IOException {
        this(session, options, columns, rows, editor, false);
    }

    /** The same, moderating through the session's moderation when {@code moderates}. */
    public ScreenTester(PortalSession session, TuiOptions options, int columns, int rows, ExternalEditor editor,
                 boolean moderates) throws IOException {
        this(session.reader(), session.participation(), moderates
                ? Triage.over(session.moderation(), session.participation()) : Triage.NONE, options, columns, rows,
                editor);
    }

    /**
     * A writer whose site requests run on {@code worker} (say, one that holds them until the test lets them go)
     * instead of at once on the test's thread.
     */
    public static ScreenTester onWorker(PortalSession session, TuiOptions options, int columns, int rows,
                                        java.util.concurrent.Executor worker) throws IOException {
        return new ScreenTester(session.reader(), session.participation(), Triage.NONE, options, columns, rows,
                new ExternalEditor("false"), worker);
    }

    /** A reader whose site requests run on {@code worker} instead of at once on the test's thread. */
    public static ScreenTester onWorker(PortalReader reader, TuiOptions options, int columns, int rows,
                                        java.util.concurrent.Executor worker) throws IOException {
        return new ScreenTester(reader, null, Triage.NONE, options, columns, rows, new ExternalEditor("false"),
                worker);
    }

    private ScreenTester(PortalReader reader, Participation participation, Triage triage, TuiOptions options,
                         int columns, int rows, ExternalEditor editor) throws IOException {
        this(reader, participation, triage, options, columns, rows, editor, Runnable::run);
    }

    private ScreenTester(PortalReader reader, Participation participation, Triage triage, TuiOptions options,
                         int columns, int rows, ExternalEditor editor, java.util.concurrent.Executor worker)
            throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new ScrollSafeScreen(terminal);
        screen.startScreen();
        loop = new UiLoop(screen, reader, participation, triage, options, new LoopParts(worker,
                new BrowserOpener(Map.of(), Runnable::run), new Clipboard(clipboard), clock, editor, () -> { }));
        loop.start();
        loop.settle();
    }

    /** Types text as a terminal delivers it, one char (a surrogate half for an emoji) at a time; no Enter. */
    public ScreenTester write(String text) throws IOException {
        for (char c : text.toCharArray()) {
            loop.press(new KeyStroke(c, false, false));
        }
        loop.settle();
        return this;
    }

    /** Lets the loop take what its workers posted, and draw. */
    public ScreenTester settle() throws IOException {
        loop.settle();
        return this;
    }

    /** Moves the reader's clock on and runs what became due. */
    public ScreenTester advance(Duration by) throws IOException {
        clock.advance(by);
        loop.timers().fire();
        loop.settle();
        return this;
    }

    /** Moves the reader's clock on with no key pressed, as the loop's idle turns see it. */
    ScreenTester idle(Duration by) throws IOException {
        clock.advance(by);
        loop.turns().idle();
        return this;
    }

    /** Presses keys given as the settings write them, e.g. "j", "Space", "ArrowDown", "Ctrl-c". */
    public ScreenTester press(String... keys) throws IOException {
        for (String k : keys) {
            KeyStroke stroke = stroke(k);
            loop.press(stroke);
            loop.settle();
        }
        return this;
    }

    /** Types text character by character (into a prompt), then Enter. */
    public ScreenTester type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            loop.press(new KeyStroke(c, false, false));
        }
        loop.press(new KeyStroke(KeyType.Enter));
        loop.settle();
        return this;
    }

    public static KeyStroke stroke(String k) {
        if (k.startsWith("Ctrl-")) {
            return new KeyStroke(k.charAt(5), true, false);
        }
        if (k.equals("Space")) {
            return new KeyStroke(' ', false, false);
        }
        if (k.length() == 1) {
            return new KeyStroke(k.charAt(0), false, false);
        }
        return new KeyStroke(KeyType.valueOf(k));
    }

    public ScreenTester resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        loop.settle();
        return this;
    }

    /** The rows of the terminal as text, a wide character once, trailing spaces removed. */
    public List<String> rows() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                sb.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            rows.add(sb.toString().stripTrailing());
        }
        return rows;
    }

    public String text() {
        return String.join("\n", rows());
    }

    public String row(int r) {
        return rows().get(r);
    }

    /** The status bar. */
    public String status() {
        List<String> rows = rows();
        return rows.get(rows.size() - 1);
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
    }
}
