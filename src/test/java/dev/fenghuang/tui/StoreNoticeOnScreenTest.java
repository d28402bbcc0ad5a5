package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.FileGuard;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.tui.term.ExternalEditor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store damaged while the reader is open: its notice (set aside, reading on without it) is told on the status
 * line, never written to stderr over the screen.
 */
class StoreNoticeOnScreenTest {
    @TempDir
    Path home;

    @Test
    void aStoreDamagedWhileTheScreenIsOpenIsToldOnTheStatusLineNotOnStderr() throws Exception {
        PortalSession session = storedSessionTellingStderr();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        try (session; ScreenTester t = new ScreenTester(session, TuiOptions.defaults(), 100, 30,
                new ExternalEditor("false"))) {
            session.reader().article(1, 1, false); // the store is open and holds a page
            try (Stream<Path> files = Files.list(storeFile().getParent())) {
                for (Path file : files.filter(p -> p.getFileName().toString().startsWith("store.sqlite")).toList()) {
                    byte[] junk = new byte[(int) Math.max(4096, Files.size(file))];
                    new Random(10).nextBytes(junk);
                    Files.write(file, junk); // the file, its write-ahead log and its index alike
                }
            }
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            try {
                t.press("Enter"); // opens the first section's list: read, then kept in the store
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
                while (!bottom(t.settle()).contains("damaged") && System.nanoTime() < until) {
                    Thread.sleep(20); // the store keeps pages on a thread of its own: wait for its notice
                }
            } finally {
                System.setErr(stderr);
            }
            // the fuzz tests' agent, in this JVM too, notes each class it instruments as it loads: not the reader's
            String told = said.toString(StandardCharsets.UTF_8)
                    .replaceAll("(?m)^INFO: Instrumented \\S+ with .*\\R", "");
            assertThat(told).as("stderr while the screen is open").isEmpty();
            assertThat(bottom(t)).as(t.text()).contains("damaged").contains("set aside");
        }
    }

    /** The status bar, which wraps a long message over the rows above it. */
    private static String bottom(ScreenTester t) {
        List<String> rows = t.rows();
        return String.join("\n", rows.subList(rows.size() - 4, rows.size()));
    }

    /** A demo portal's session with a store, its notices told on stderr as {@code main} tells them. */
    private PortalSession storedSessionTellingStderr() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        Files.createDirectories(dirs.config());
        Files.writeString(dirs.config().resolve("fenghuang.properties"), "store.enabled = true\n");
        DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
        SiteProfile profile = SiteProfile.from("local", portal.baseUrl().toString(), Settings.load(dirs));
        return new ReaderFactory(dirs, FileGuard.forThisUser(n -> System.err.println("fenghuang: " + n)))
                .openSession(profile, "default", portal);
    }

    private Path storeFile() throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals("store.sqlite")).findFirst().orElseThrow();
        }
    }
}
