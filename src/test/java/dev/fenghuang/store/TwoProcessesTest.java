package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs writing one store at once, as two fenghuang commands run side by side. */
class TwoProcessesTest {
    private static final int EACH = 300;

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingAtOnceLoseNothingAndLeaveAWholeFile() throws Exception {
        Path file = dir.resolve("store.sqlite");
        List<Process> running = new ArrayList<>();
        for (long first : new long[] {1, 100_001}) {
            String java = ProcessHandle.current().info().command().orElse("java");
            running.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    StoreWriterProcess.class.getName(), file.toString(), Long.toString(first), Integer.toString(EACH))
                    .redirectErrorStream(true).start());
        }
        for (Process p : running) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended in time").isTrue();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(said).isZero();
        }
        try (Connection c = StoreConnection.open(file, 1000); Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(single(s, "SELECT count(*) FROM pages")).isEqualTo(Integer.toString(2 * EACH));
        }
        try (SiteStore store = SiteStore.open(file, 200L * 1024 * 1024, "default", Clock.systemUTC(), n -> { })) {
            assertThat(store.load(CacheKey.article(100_000 + EACH, 1)).map(k -> k.value()))
                    .contains(StoredRecords.article(100_000 + EACH));
        }
    }

    private static String single(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
