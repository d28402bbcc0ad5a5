package dev.fenghuang.tui.term;

import dev.fenghuang.tui.screen.ScrollSafeScreen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link JobControlTerminalTest} on a terminal of its own: takes the terminal over streams that answer every
 * size question ({@code ESC [ 6 n}) as a terminal of 100×30 would, makes and starts a screen, and notes in the file
 * named by the first argument how many questions were asked, the size the screen has, and how many bytes the
 * terminal held back unflushed when the first question was answered. With a second argument,
 * {@code resize}, the terminal becomes 120×40 and signals it (SIGWINCH) between the screen's making and its start.
 */
final class AskSizeProcess {
    private AskSizeProcess() {
    }

    public static void main(String[] args) throws Exception {
        Answers in = new Answers();
        Answering out = new Answering(in);
        JobControlTerminal terminal = new JobControlTerminal(in, out, StandardCharsets.UTF_8);
        ScrollSafeScreen screen = new ScrollSafeScreen(terminal);
        int unsent = out.unsent();
        if (args.length > 1 && args[1].equals("resize")) {
            out.answer = "\u001b[40;120R";
            new ProcessBuilder("kill", "-WINCH", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
            for (int i = 0; i < 400 && out.questions < 2; i++) {
                Thread.sleep(5); // Lanterna asks again on the signal's own thread
            }
        }
        screen.startScreen();
        screen.doResizeIfNecessary(); // as the reader does before each frame
        String size = screen.getTerminalSize().getColumns() + "x" + screen.getTerminalSize().getRows();
        screen.stopScreen();
        terminal.close();
        Files.writeString(Path.of(args[0]), "questions " + out.questions + "\nsize " + size
                + "\nunsent after the first question " + unsent + "\n");
    }

    /** The terminal's input: the answers given, read from any thread. */
    private static final class Answers extends InputStream {
        private final ArrayDeque<Integer> bytes = new ArrayDeque<>();

        synchronized void give(String answer) {
            for (byte b : answer.getBytes(StandardCharsets.US_ASCII)) {
                bytes.add(b & 0xff);
            }
            notifyAll();
        }

        @Override
        public synchronized int read() throws IOException {
            while (bytes.isEmpty()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
            return bytes.poll();
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            b[off + n++] = (byte) read();
            while (n < len && !bytes.isEmpty()) {
                b[off + n++] = (byte) (int) bytes.poll();
            }
            return n;
        }

        @Override
        public synchronized int available() {
            return bytes.size();
        }
    }

    /** The terminal's output: answers each size question on {@code answers}, counting them. */
    private static final class Answering extends OutputStream {
        private final Answers answers;
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        volatile int questions;
        private int unsent;
        volatile String answer = "\u001b[30;100R";

        Answering(Answers answers) {
            this.answers = answers;
        }

        /** How many bytes were written since the last flush. */
        synchronized int unsent() {
            return unsent;
        }

        @Override
        public synchronized void flush() {
            unsent = 0;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            unsent++;
            written.write(b);
            if (b == 'n' && written.toString(StandardCharsets.ISO_8859_1).endsWith("\u001b[6n")) {
                questions++;
                answers.give(answer);
            }
        }
    }
}
