package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    private StoreRig rig;
    private Process holder;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sqlite3")), "the sqlite3 shell holds the lock");
        rig = new StoreRig(home).inEnglish();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (holder != null) {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void aWriteLockOfAnotherProgramLeavesTheStoredPagesReadable() throws Exception {
        CliRun.Run online = rig.run("read", "1");
        assertThat(online.exitCode()).isZero();
        hold("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('held', 'yes');");
        CliRun.Run offline = rig.run("--offline", "read", "1");
        assertThat(offline.exitCode()).as(offline.err()).isZero();
        assertThat(offline.out()).isEqualTo(online.out());
    }

    @Test
    void aLockThatKeepsReadersOutIsSaidWithWhoHoldsItNotAsAPageNotHeld() throws Exception {
        assertThat(rig.run("read", "1").exitCode()).isZero();
        hold("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM pages;");
        CliRun.Run offline = rig.run("--offline", "read", "1");
        assertThat(offline.exitCode()).isEqualTo(6);
        assertThat(offline.err()).contains("locked by another program (sqlite3, pid " + holder.pid() + ")")
                .doesNotContain("does not hold");
    }

    /** Starts the sqlite3 shell on the store running {@code sql} and waits until it answered; it holds on. */
    private void hold(String sql) throws IOException, InterruptedException {
        holder = new ProcessBuilder("/usr/bin/sqlite3", rig.storeFile().toString()).redirectErrorStream(true).start();
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
