package dev.fenghuang.bench;

import static dev.fenghuang.Programs.onPath;
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
 * Cold {@code read} of an article, whole process, against a local site, side by side in one run with a JVM that
 * does nothing ({@code java -version}) and, where installed, {@code w3m -dump} of the same page.
 * Target: at most 250 ms for Fenghuang. Runs with {@code mvn -B verify -Dgroups=benchmark -Dtest.excludedGroups=}.
 */
@Tag("benchmark")
class ColdStartBenchmarkIT {
    private static final int RUNS = 15;

    @TempDir
    Path home;

    @Test
    void measureColdRead() throws Exception {
        Path jar = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar"));
        Path launcher = jar.resolveSibling("fenghuang");
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String site = portal.baseUrl().toString();
            String page = site + "portal.php?mod=view&aid=1";
            System.out.println();
            report("fenghuang (launcher: AppCDS, C1)", List.of(launcher.toString(), "--site", site, "read", "1"));
            report("fenghuang (java -jar)", List.of(java(), "-jar", jar.toString(), "--site", site, "read", "1"));
            report("java -version (JVM alone)", List.of(java(), "-version"));
            if (onPath("w3m")) {
                report("w3m -dump", List.of("w3m", "-dump", page));
            } else {
                System.out.println("w3m -dump: not installed (apt-get install w3m to compare)");
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void report(String name, List<String> command) throws IOException, InterruptedException {
        run(command); // the first run warms the page cache of the OS, not the JVM
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int code = run(command);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(code).as(name).isZero();
        }
        Arrays.sort(millis);
        System.out.printf("%-36s median %4d ms   min %4d ms   p90 %4d ms   (%d runs)%n", name, millis[RUNS / 2],
                millis[0], millis[(int) (RUNS * 0.9)], RUNS);
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start().waitFor();
    }
}
