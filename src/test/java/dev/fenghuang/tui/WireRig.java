package dev.fenghuang.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The reader at 80×24 on Lanterna's ANSI terminal with everything it sends kept, for counting the bytes of a
 * frame. After every frame, what a terminal makes of the bytes ({@link AnsiScreenModel}) must be the frame, cell for
 * cell. Shared by the byte budgets of the portal ({@link ScrollBytesTest}) and the forum ({@link
 * ForumScrollBytesTest}).
 *
 * @param mostPresses how often {@link #walk} presses a key before it takes the position for stuck
 */
record WireRig(UiLoop loop, FrameBytes out, TerminalScreen screen, AnsiScreenModel shown, int mostPresses) {
    /** The reader on {@code reader} with {@code options}, {@code beforeStart} done to the loop before it starts. */
    static WireRig open(PortalReader reader, TuiOptions options, int mostPresses, Consumer<UiLoop> beforeStart)
            throws Exception {
        return open(reader, options, mostPresses, Runnable::run, beforeStart);
    }

    /**
     * The same with the site's requests run on {@code worker}: {@code Runnable::run} runs them on the thread that
     * presses the keys, so that a key's {@link #frameFor} has its answer drawn when it returns.
     */
    static WireRig open(PortalReader reader, TuiOptions options, int mostPresses, Executor worker,
            Consumer<UiLoop> beforeStart) throws Exception {
        FrameBytes out = new FrameBytes();
        TerminalSize size = new TerminalSize(80, 24);
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), new TerminalOutput(out),
                StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return size;
            }
        };
        TerminalScreen screen = new ScrollSafeScreen(terminal);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, reader, options, new LoopParts(worker,
                new BrowserOpener(Map.of(), Runnable::run), new Clipboard(OutputStream.nullOutputStream())));
        beforeStart.accept(loop);
        loop.start();
        loop.settle();
        AnsiScreenModel shown = new AnsiScreenModel(80, 24);
        shown.feed(out.toString(StandardCharsets.UTF_8));
        return new WireRig(loop, out, screen, shown, mostPresses);
    }

    /** What the terminal is sent for one key, once what it then shows is checked against the frame. */
    String frameFor(String key) throws Exception {
        out.reset();
        loop.press(ScreenTester.stroke(key));
        loop.settle();
        String frame = out.toString(StandardCharsets.UTF_8);
        shown.feed(frame);
        List<String> wrong = shown.differencesFrom(screen::getBackCharacter);
        if (!wrong.isEmpty()) {
            throw new AssertionError("after " + key + " the terminal shows cells the frame did not draw: "
                    + wrong.subList(0, Math.min(5, wrong.size())) + " sent: " + decoded(frame));
        }
        return frame;
    }

    String statusRow() {
        StringBuilder sb = new StringBuilder();
        int row = screen.getTerminalSize().getRows() - 1;
        for (int c = 0; c < screen.getTerminalSize().getColumns(); c++) {
            TextCharacter ch = screen.getBackCharacter(c, row);
            sb.append(ch == null ? " " : ch.getCharacterString());
        }
        return sb.toString();
    }

    /** The frames {@code key} sends, pressed until the position stops changing. */
    List<String> walk(String key) throws Exception {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < mostPresses; i++) {
            String before = statusRow();
            frames.add(frameFor(key));
            if (statusRow().equals(before)) {
                return frames;
            }
        }
        throw new AssertionError(key + " still moves after " + mostPresses + " presses");
    }

    static int bytes(String frame) {
        return frame.getBytes(StandardCharsets.UTF_8).length;
    }

    static String decoded(String frame) {
        return frame.replace("\u001B", "␛").replace("\n", "\\n");
    }

    /** The frames over {@code budget} bytes, each with its size and its bytes made readable. */
    static List<String> over(List<String> frames, int budget) {
        return frames.stream().filter(f -> bytes(f) > budget).map(f -> bytes(f) + " B: " + decoded(f)).toList();
    }
}
