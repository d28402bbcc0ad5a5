package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} as a process of its own, killed (SIGKILL) half-way, then run again: the second run goes on where the
 * first stopped, nothing the first reported done is fetched again, and everything gets done. The demo portal's request
 * log is the witness.
 */
class SyncAfterKillTest {
    private static final List<String> SYNC = List.of("sync", "5", "2", "--comments", "--json");

    @TempDir
    Path home;

    @Test
    void aSyncKilledHalfWayGoesOnWhereItStoppedAndFetchesNothingDoneTwice() throws Exception {
        Files.createDirectories(home.resolve("config/fenghuang"));
        Files.writeString(home.resolve("config/fenghuang/fenghuang.properties"), "sync.pause = 100ms\n");
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Process first = start(portal);
            List<JsonObject> firstLines = Collections.synchronizedList(new ArrayList<>());
            Thread reading = readLines(first, firstLines);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (done(firstLines).size() < 8 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20); // watching another process's output: there is no clock to inject
            }
            assertThat(first.isAlive()).as("still syncing after 8 items: " + firstLines).isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reading.join(10_000);
            Set<String> doneFirst = done(firstLines);
            assertThat(firstLines).noneMatch(l -> l.has("summary"));
            // the kill may land between an item's commit and its line: at most the two requests in flight
            int committedFirst = doneInStore();
            assertThat(committedFirst).as("done in the store after the kill").isBetween(doneFirst.size(),
                    doneFirst.size() + 2);

            Process second = start(portal);
            List<JsonObject> secondLines = Collections.synchronizedList(new ArrayList<>());
            Thread readingAgain = readLines(second, secondLines);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second run ends").isTrue();
            readingAgain.join(10_000);
            assertThat(second.exitValue()).as(secondLines.toString()).isZero();

            JsonObject summary = secondLines.get(secondLines.size() - 1);
            assertThat(summary.get("resumed").getAsBoolean()).isTrue();
            assertThat(summary.get("complete").getAsBoolean()).isTrue();
            Set<String> doneSecond = done(secondLines);
            assertThat(doneSecond).as("nothing done in the first run is done again").doesNotContainAnyElementsOf(
                    doneFirst);
            Set<String> all = new HashSet<>(doneFirst);
            all.addAll(doneSecond);
            assertThat(committedFirst + doneSecond.size()).as("each item done once, in one run or the other")
                    .isEqualTo(summary.get("total").getAsInt());

            List<String> log = portal.requestLog();
            for (String item : doneFirst) {
                assertThat(log.stream().filter(item::equals).count()).as(item + " fetched once\n" + log).isEqualTo(1);
            }
            for (String item : all) {
                assertThat(log).as("everything was fetched").contains(item);
            }
        }
    }

    /** How many items the store's sync ledger holds done. */
    private int doneInStore() throws IOException, java.sql.SQLException {
        Path file;
        try (java.util.stream.Stream<Path> found = Files.walk(home.resolve("cache"))) {
            file = found.filter(f -> f.getFileName().toString().equals("store.sqlite")).findFirst().orElseThrow();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM sync_items WHERE done = 1")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private Process start(DemoPortal portal) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--lang", "en", "--site",
                portal.baseUrl().toString()));
        cmd.addAll(SYNC);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(home.resolve("err-" + System.nanoTime()).toFile());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    private static Thread readLines(Process p, List<JsonObject> into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    into.add(JsonParser.parseString(line).getAsJsonObject());
                }
            } catch (IOException killed) {
                // the pipe closes with the process
            }
        });
        t.start();
        return t;
    }

    /** The request targets of the items a run reported done. */
    private static Set<String> done(List<JsonObject> lines) {
        Set<String> targets = new HashSet<>();
        synchronized (lines) {
            for (JsonObject l : lines) {
                if (l.has("outcome") && l.get("outcome").getAsString().equals("ok")) {
                    targets.add(target(l));
                }
            }
        }
        return targets;
    }

    private static String target(JsonObject l) {
        long id = l.get("id").getAsLong();
        int page = l.get("page").getAsInt();
        String suffix = page > 1 ? "&page=" + page : "";
        return switch (l.get("item").getAsString()) {
            case "list" -> "/portal.php?mod=list&catid=" + id + suffix;
            case "article" -> "/portal.php?mod=view&aid=" + id + suffix;
            case "comments" -> "/portal.php?mod=comment&id=" + id + "&idtype=aid" + suffix;
            default -> throw new IllegalArgumentException("no images in this sync: " + l);
        };
    }
}
