package dev.fenghuang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code read 1} in a cold process through the README launcher ({@code target/fenghuang}) against a demo portal on a
 * port: the first with an empty store (a request, the page parsed and stored), the second from the store (no request),
 * the same {@code --offline} with the portal stopped, and {@code --no-store} (a request every time). Each round starts
 * with a new cache folder. Runs with {@code mvn -B -o failsafe:integration-test failsafe:verify
 * -Dit.test=StoredReadBenchmarkIT -Dgroups=benchmark -Dtest.excludedGroups=} after {@code package}.
 */
@Tag("benchmark")
class StoredReadBenchmarkIT {
    private static final int ROUNDS = 9;

    @TempDir
    Path home;

    @Test
    void measureFirstAndSecondRead() throws Exception {
        Path launcher = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"))
                .resolveSibling("fenghuang");
        long[] first = new long[ROUNDS];
        long[] second = new long[ROUNDS];
        long[] offline = new long[ROUNDS];
        long[] noStore = new long[ROUNDS];
        run(List.of(launcher.toString(), "--version"), "warm"); // the OS's file cache, not the JVM
        for (int round = 0; round < ROUNDS; round++) {
            String cache = "cache" + round;
            DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
            String site = portal.baseUrl().toString();
            try {
                first[round] = run(List.of(launcher.toString(), "--site", site, "read", "1"), cache);
                long before = portal.requestCount();
                second[round] = run(List.of(launcher.toString(), "--site", site, "read", "1"), cache);
                assertThat(portal.requestCount()).as("the second read asks nothing").isEqualTo(before);
                noStore[round] = run(List.of(launcher.toString(), "--site", site, "--no-store", "read", "1"), cache);
            } finally {
                portal.close();
            }
            offline[round] = run(List.of(launcher.toString(), "--site", site, "--offline", "read", "1"), cache);
        }
        System.out.println();
        report("first read 1 (empty store)", first);
        report("second read 1 (from the store)", second);
        report("--offline read 1 (portal stopped)", offline);
        report("--no-store read 1", noStore);
    }

    private static void report(String name, long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-36s median %4d ms   min %4d ms   max %4d ms   (%d cold processes)%n", name,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** Runs one cold process; its wall time in ms. */
    private long run(List<String> command, String cache) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve(cache).toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        int code = pb.start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(code).as(String.join(" ", command)).isZero();
        return millis;
    }
}
