package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --offline} while another program (the {@code sqlite3} shell) holds the store: a write lock leaves the
 * stored pages readable, and a lock that keeps every reader out is said as such, naming the program, not as a page
 * the store does not hold.
 */
class OfflineLockedStoreTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private Process holder;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sqlite3")), "the sqlite3 shell holds the lock");
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (holder != null) {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        if (portal != null) {
            portal.close();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), Map.of()));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] full = Stream.concat(Stream.of("--lang", "en", "--site", portal.baseUrl().toString()),
                Stream.of(args)).toArray(String[]::new);
        return new Run(cmd.execute(full), out.toString(), err.toString());
    }

    @Test
    void aWriteLockOfAnotherProgramLeavesTheStoredPagesReadable() throws Exception {
        Run online = run("read", "1");
        assertThat(online.exitCode()).isZero();
        hold("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('held', 'yes');");
        Run offline = run("--offline", "read", "1");
        assertThat(offline.exitCode()).as(offline.err()).isZero();
        assertThat(offline.out()).isEqualTo(online.out());
    }

    @Test
    void aLockThatKeepsReadersOutIsSaidWithWhoHoldsItNotAsAPageNotHeld() throws Exception {
        assertThat(run("read", "1").exitCode()).isZero();
        hold("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM pages;");
        Run offline = run("--offline", "read", "1");
        assertThat(offline.exitCode()).isEqualTo(6);
        assertThat(offline.err()).contains("locked by another program (sqlite3, pid " + holder.pid() + ")")
                .doesNotContain("does not hold");
    }

    /** Starts the sqlite3 shell on the store running {@code sql} and waits until it answered; it holds on. */
    private void hold(String sql) throws IOException, InterruptedException {
        Path file;
        try (Stream<Path> files = Files.walk(home)) {
            file = files.filter(p -> p.getFileName().toString().equals("store.sqlite")).findFirst().orElseThrow();
        }
        holder = new ProcessBuilder("/usr/bin/sqlite3", file.toString()).redirectErrorStream(true).start();
        OutputStream in = holder.getOutputStream();
        in.write((sql + "\nSELECT 'holding';\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        StringBuilder said = new StringBuilder();
        var out = holder.getInputStream();
        for (int b; !said.toString().contains("holding") && (b = out.read()) >= 0; ) {
            said.append((char) b);
        }
        assertThat(said.toString()).as("the shell took the lock").contains("holding");
    }
}
