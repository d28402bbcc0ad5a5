package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.sync.SyncSettings;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync throughput against the demo portal (in this process, loopback): items and articles per second for
 * {@code sync 2 5 --comments} into an empty store, with the default pause and with none. Run on demand:
 * {@code mvn -B -o test -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=SyncBenchmarkTest}.
 */
@Tag("benchmark")
class SyncBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void syncThroughputWithTheDefaultPauseAndWithNone() throws Exception {
        JsonObject none = sync(dir.resolve("none"), "0ms");
        long defaultMillis = SyncSettings.DEFAULT_PAUSE.toMillis();
        JsonObject polite = sync(dir.resolve("default"), defaultMillis + "ms");
        report("pause 0 ms", none);
        report("pause " + defaultMillis + " ms (default)", polite);
        int items = polite.get("fetched").getAsInt();
        double seconds = polite.get("seconds").getAsDouble();
        // one request per item (an empty store), starts at least the pause apart
        assertThat(seconds).isGreaterThanOrEqualTo((items - 1) * defaultMillis / 1000.0);
        assertThat(none.get("seconds").getAsDouble()).isLessThan(seconds);
    }

    private static JsonObject sync(Path home, String pause) throws Exception {
        Path config = XdgDirs.from(Map.of(), home.toString()).config();
        Files.createDirectories(config);
        Files.writeString(config.resolve("fenghuang.properties"), "sync.pause = " + pause + "\n");
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            StringWriter out = new StringWriter();
            var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), Map.of()));
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(new StringWriter()));
            assertThat(cmd.execute("--site", portal.baseUrl().toString(), "sync", "2", "5", "--comments", "--json"))
                    .as(out.toString()).isZero();
            List<String> lines = out.toString().lines().toList();
            JsonObject summary = JsonParser.parseString(lines.get(lines.size() - 1)).getAsJsonObject();
            assertThat(summary.get("fetched").getAsInt()).isEqualTo(portal.requestLog().stream()
                    .filter(t -> t.startsWith("/portal.php?mod=")).count());
            return summary;
        }
    }

    private static void report(String what, JsonObject s) {
        double seconds = s.get("seconds").getAsDouble();
        System.out.printf(Locale.ROOT, "BENCH sync %s: %d items (%d articles) in %.2f s = %.1f items/s, "
                        + "%.1f articles/s%n", what, s.get("fetched").getAsInt(), s.get("articles").getAsInt(), seconds,
                s.get("fetched").getAsInt() / seconds, s.get("articles").getAsInt() / seconds);
    }
}
