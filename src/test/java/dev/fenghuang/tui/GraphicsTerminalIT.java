package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program on a pseudo-terminal (made by util-linux {@code script}) whose other end plays a kitty or sixel
 * terminal: it answers the graphics query, the device attributes and the cursor position report, and counts what the
 * reader writes. The demo portal's aid 4 has one picture after its first paragraph.
 */
class GraphicsTerminalIT {
    @TempDir
    Path home;

    /** The terminal end: answers queries as a terminal with {@code graphics} would, and keeps all it was sent. */
    static final class PlayedTerminal implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private int mark;

        PlayedTerminal(Path home, String launcher, String answer) throws IOException {
            this(home, launcher, answer, "--demo --lang zh --open 4");
        }

        /** The same, the reader started with {@code arguments}. */
        PlayedTerminal(Path home, String launcher, String answer, String arguments) throws IOException {
            String command = "stty rows 24 cols 80; exec env -u TMUX TERM=xterm-256color XDG_CONFIG_HOME=" + home
                    + "/c XDG_STATE_HOME=" + home + "/s XDG_CACHE_HOME=" + home + "/h " + launcher + " " + arguments;
            process = new ProcessBuilder("script", "-qfec", command, "/dev/null").redirectErrorStream(true).start();
            keys = process.getOutputStream();
            Thread reader = new Thread(() -> pump(process.getInputStream(), answer), "played-terminal");
            reader.setDaemon(true);
            reader.start();
        }

        private void pump(InputStream in, String answer) {
            byte[] buffer = new byte[65536];
            boolean answered = false;
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    String got;
                    synchronized (seen) {
                        seen.write(buffer, 0, n);
                        got = seen.toString(StandardCharsets.ISO_8859_1);
                    }
                    if (!answered && got.contains("\u001B[c")) {
                        answered = true;
                        send(answer);
                    }
                    String chunk = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    for (int at = chunk.indexOf("\u001B[6n"); at >= 0; at = chunk.indexOf("\u001B[6n", at + 1)) {
                        send("\u001B[24;80R");
                    }
                }
            } catch (IOException closed) {
                // the program ended
            }
        }

        synchronized void send(String s) throws IOException {
            keys.write(s.getBytes(StandardCharsets.ISO_8859_1));
            keys.flush();
        }

        /** What was written since the last call. */
        String since() {
            synchronized (seen) {
                String all = seen.toString(StandardCharsets.ISO_8859_1);
                String s = all.substring(mark);
                mark = all.length();
                return s;
            }
        }

        /** Presses {@code key} and returns what the program wrote until it was quiet for a moment. */
        String press(String key) throws Exception {
            since();
            send(key);
            StringBuilder out = new StringBuilder();
            Instant quietSince = Instant.now();
            Instant end = Instant.now().plus(Duration.ofSeconds(5));
            while (Instant.now().isBefore(end)) {
                String s = since();
                if (!s.isEmpty()) {
                    out.append(s);
                    quietSince = Instant.now();
                } else if (out.length() > 0 && Duration.between(quietSince, Instant.now()).toMillis() > 400) {
                    break;
                }
                Thread.sleep(20);
            }
            return out.toString();
        }

        String awaitAll(Predicate<String> done) throws Exception {
            Instant end = Instant.now().plus(TerminalReaderIT.WAIT);
            while (Instant.now().isBefore(end)) {
                synchronized (seen) {
                    String all = seen.toString(StandardCharsets.UTF_8);
                    if (done.test(all)) {
                        return all;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the program never wrote what was awaited");
        }

        boolean quit() throws Exception {
            send("Q");
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    static String launcher() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script makes the pseudo-terminal");
        return TerminalReaderIT.launcher();
    }

    /** Presses j until a frame writes {@code part}; returns that frame's bytes. */
    private static String scrollUntil(PlayedTerminal t, String part) throws Exception {
        for (int i = 0; i < 30; i++) {
            String s = t.press("j");
            if (s.contains(part)) {
                return s;
            }
        }
        throw new AssertionError("no frame wrote " + part);
    }

    @Test
    void aKittyTerminalGetsThePictureOnceThenOnlyPlacementsAsItScrolls() throws Exception {
        try (PlayedTerminal t = new PlayedTerminal(home, launcher(), "\u001B_Gi=31;OK\u001B\\\u001B[?62;22c")) {
            t.awaitAll(s -> s.contains("县政府召开防汛减灾工作会") && s.contains("▀"));

            String first = scrollUntil(t, "a=t,f=100,");
            String next = t.press("j");

            assertThat(count(first, "a=t,f=100,")).isEqualTo(1);
            assertThat(count(first, "a=p,")).isEqualTo(1);
            assertThat(count(next, "a=t,")).isZero();
            assertThat(count(next, "a=p,")).isEqualTo(1);
            assertThat(count(next, "a=d,d=a")).isEqualTo(1);
            System.out.printf("BENCH kitty terminal 80x24: the frame sending the picture %d B, the next one-line "
                    + "scroll %d B (cells and placement)%n", first.length(), next.length());
            assertThat(next.length()).isLessThan(first.length() / 10);
            assertThat(t.quit()).isTrue();
        }
    }

    @Test
    void aSixelTerminalGetsASixelImageAndATerminalWithNeitherOnlyHalfBlocks() throws Exception {
        try (PlayedTerminal t = new PlayedTerminal(home, launcher(), "\u001B[?62;4;22c")) {
            t.awaitAll(s -> s.contains("县政府召开防汛减灾工作会") && s.contains("▀"));
            String first = scrollUntil(t, "\u001BP0;1;0q");
            assertThat(first).doesNotContain("\u001B_G");
            assertThat(t.quit()).isTrue();
        }
        try (PlayedTerminal t = new PlayedTerminal(home.resolve("plain"), launcher(), "\u001B[?62;22c")) {
            t.awaitAll(s -> s.contains("县政府召开防汛减灾工作会") && s.contains("▀"));
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 15; i++) {
                all.append(t.press("j"));
            }
            assertThat(all.toString()).doesNotContain("\u001B_G").doesNotContain("\u001BP0;1;0q")
                    .contains(new String("▀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            assertThat(t.quit()).isTrue();
        }
    }
}
