package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.FaultRule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On demand, not in CI: scripted reading, writing and moderating against an in-process demo portal with faults
 * switched on at random, sampling the client's heap (after GC), live threads (the portal's own left out) and
 * ESTABLISHED connections to the portal every {@code soak.sampleSeconds}; fails when they grow beyond bounds, or
 * when a command let an exception escape or did not end within its limit and a grace period after the faults were
 * cleared (reported with where it was stuck; the run goes on).
 *
 * <pre>
 * mvn -B test -Dtest=SoakTest -Dtest.excludedGroups= -Dsoak.minutes=30 -Dsoak.sampleSeconds=60
 * </pre>
 */
@Tag("soak")
class SoakTest {
    private static final long HEAP_GROWTH_LIMIT = 48L << 20;
    private static final int THREAD_GROWTH_LIMIT = 8;
    private static final int CONNECTION_LIMIT = 12;
    private static final Duration OP_LIMIT = Duration.ofSeconds(12);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final List<Fault> FAULTS = List.of(Fault.values());
    private static final List<String> TARGETS = List.of("get:/portal.php?mod=view", "get:/portal.php?mod=list",
            "get:/portal.php?mod=comment", "post:/portal.php?mod=portalcp&ac=comment", "get:/home.php?mod=spacecp",
            "post:/admin.php", "get:/admin.php", "");

    @TempDir
    Path home;

    /** One sample: when, heap used after GC, live client threads, ESTABLISHED client connections to the portal. */
    record Sample(long second, long heapBytes, int threads, int connections, long operations, long failures) {
        String row() {
            return String.format("%6d s %10.1f MB %8d %12d %8d %8d", second, heapBytes / 1048576.0, threads,
                    connections, operations, failures);
        }
    }

    @Test
    void heapThreadsAndConnectionsStayFlat() throws Exception {
        Duration length = Duration.ofSeconds(Math.round(Double.parseDouble(System.getProperty("soak.minutes", "3"))
                * 60));
        Duration every = Duration.ofSeconds(Long.parseLong(System.getProperty("soak.sampleSeconds", "10")));
        Random random = new Random(Long.getLong("soak.seed", 8L));
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().slowDelay(Duration.ofMillis(500))
                .dripInterval(Duration.ofMillis(20)).stallLimit(Duration.ofSeconds(30)).hugeBodyBytes(40L << 20)
                .build());
                CliRunner reader = new CliRunner(home.resolve("reader"), portal.baseUrl(), CliRunner.FAST_SETTINGS,
                        GRACE);
                CliRunner admin = new CliRunner(home.resolve("admin"), portal.baseUrl(), CliRunner.FAST_SETTINGS,
                        GRACE)) {
            reader.password("reader123");
            admin.password("admin123");
            must(reader.run(OP_LIMIT, portal::clearFaults, "login", "--username", "reader1"));
            must(admin.run(OP_LIMIT, portal::clearFaults, "login", "--username", "admin"));
            Deque<Long> pending = queue(admin, portal);
            List<Sample> samples = new ArrayList<>();
            long start = System.nanoTime();
            long nextSample = 0;
            long operations = 0;
            long failures = 0;
            Map<String, Integer> reasons = new TreeMap<>();
            String last;
            List<String> stuck = new ArrayList<>();
            while (true) {
                long second = (System.nanoTime() - start) / 1_000_000_000L;
                if (second >= nextSample) {
                    samples.add(sample(second, portal.baseUrl().getPort(), operations, failures));
                    System.out.println("SOAK " + samples.get(samples.size() - 1).row());
                    nextSample += every.toSeconds();
                }
                if (second >= length.toSeconds()) {
                    break;
                }
                last = "";
                if (random.nextInt(10) < 3) {
                    FaultRule rule = FaultRule.parse(FAULTS.get(random.nextInt(FAULTS.size())).spec()
                            + target(random)).times(1 + random.nextInt(2));
                    portal.inject(rule);
                    last = rule.toString();
                }
                if (pending.isEmpty()) {
                    pending = queue(admin, portal);
                }
                CliRunner.Run run = step(random, operations, reader, admin, portal, pending);
                portal.clearFaults();
                operations++;
                if (run.exitCode() != 0) {
                    failures++;
                    reasons.merge(run.err().lines().filter(l -> !l.isBlank()).findFirst()
                            .orElse("exit " + run.exitCode()), 1, Integer::sum);
                }
                if (run.thrown() != null) {
                    stuck.add("escaped execute under " + last + ": " + run.thrown());
                } else if (!run.ended()) {
                    stuck.add("never ended under " + last + ", at\n  " + run.stuckAt());
                }
            }
            print(samples);
            reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.printf("SOAK failed %4d x %s%n", e.getValue(), e.getKey()));
            stuck.forEach(m -> System.out.println("SOAK " + m));
            assertFlat(samples);
            assertThat(stuck).as("commands that escaped or never ended").isEmpty();
        }
    }

    private static String target(Random random) {
        String t = TARGETS.get(random.nextInt(TARGETS.size()));
        return t.isEmpty() ? "" : ":" + t;
    }

    private static CliRunner.Run step(Random random, long n, CliRunner reader, CliRunner admin, DemoPortal portal,
            Deque<Long> pending) {
        long aid = 1 + random.nextInt(60);
        Runnable clear = portal::clearFaults;
        return switch (random.nextInt(9)) {
            case 0 -> reader.run(OP_LIMIT, clear, "sections", "--refresh");
            case 1 -> reader.run(OP_LIMIT, clear, "list", String.valueOf(1 + random.nextInt(8)));
            case 2, 3 -> reader.run(OP_LIMIT, clear, "read", String.valueOf(aid));
            case 4 -> reader.run(OP_LIMIT, clear, "comments", String.valueOf(aid));
            case 5 -> {
                portal.advanceClock(Duration.ofSeconds(16));
                yield reader.run(OP_LIMIT, clear, "comment", String.valueOf(aid), "--message", "浸泡测试第" + n + "条");
            }
            case 6 -> reader.run(OP_LIMIT, clear, "react", String.valueOf(aid), String.valueOf(1 + random.nextInt(5)));
            case 7 -> reader.run(OP_LIMIT, clear, "favorite", random.nextBoolean() ? "add" : "remove",
                    String.valueOf(aid));
            default -> admin.run(OP_LIMIT, clear, "mod", random.nextBoolean() ? "approve" : "ignore",
                    String.valueOf(pending.isEmpty() ? 1 : pending.pop()));
        };
    }

    private static Deque<Long> queue(CliRunner admin, DemoPortal portal) {
        Deque<Long> cids = new ArrayDeque<>();
        CliRunner.Run run = admin.run(OP_LIMIT, portal::clearFaults, "mod", "queue", "--json");
        if (run.exitCode() == 0) {
            for (JsonElement e : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("entries")) {
                cids.add(e.getAsJsonObject().get("cid").getAsLong());
            }
        }
        return cids;
    }

    private static void must(CliRunner.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static Sample sample(long second, int portalPort, long operations, long failures) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> !t.getName().startsWith("demo-portal") && !t.getName().startsWith("HTTP-Dispatcher"))
                .count();
        return new Sample(second, heap, threads, established(portalPort), operations, failures);
    }

    /** ESTABLISHED TCP connections whose remote end is the portal's port: the client's side of each. */
    static int established(int port) throws IOException {
        int count = 0;
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 3 && f[2].contains(":") && f[3].equals("01")
                        && Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16) == port) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void print(List<Sample> samples) throws IOException {
        StringBuilder table = new StringBuilder(String.format("%8s %13s %8s %12s %8s %8s%n", "time", "heap (GC'd)",
                "threads", "connections", "ops", "failed"));
        samples.forEach(s -> table.append(s.row()).append('\n'));
        System.out.print(table);
        Path out = Path.of(System.getProperty("soak.out", "target/soak.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table.toString());
    }

    /** Bounds measured against the second sample (after the first round of work warmed the JVM up). */
    private static void assertFlat(List<Sample> samples) {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        Sample base = samples.get(1);
        for (Sample s : samples.subList(2, samples.size())) {
            assertThat(s.heapBytes() - base.heapBytes()).as("heap growth at %d s", s.second())
                    .isLessThan(HEAP_GROWTH_LIMIT);
            assertThat(s.threads() - base.threads()).as("thread growth at %d s", s.second())
                    .isLessThanOrEqualTo(THREAD_GROWTH_LIMIT);
            assertThat(s.connections()).as("open connections at %d s", s.second()).isLessThanOrEqualTo(CONNECTION_LIMIT);
        }
    }
}
