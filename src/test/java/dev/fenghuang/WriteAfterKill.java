package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The rig of the kill tests ({@link CommentAfterKillIT}, {@link ReplyAfterKillIT}): the packaged program sends a
 * write to the demo portal, which stores it and never answers; the program is killed while it waits; the same write
 * sent again from its draft must find the first copy on the site and not post a second. A second session (the
 * watcher) counts the copies on the site.
 */
final class WriteAfterKill {
    /** How many copies of the text the site holds, as the watcher reads it. */
    @FunctionalInterface
    interface Copies {
        long count(PortalSession watcher) throws IOException;
    }

    private final Path home;
    private String site;

    WriteAfterKill(Path home) {
        this.home = home;
    }

    /**
     * Signs reader1 in (the watcher and the program), sends {@code send} while the portal stalls after storing it,
     * kills the program with {@code kill} once the copy is there, then runs {@code resend} past flood control and
     * checks the site holds one copy and no draft is left.
     *
     * @param frozenClock whether the portal's clock stands still until moved past flood control
     */
    void check(List<String> send, List<String> resend, Consumer<Process> kill, boolean frozenClock, Copies copies)
            throws Exception {
        String jar = BuiltProgram.jar().toString();
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
             PortalSession watcher = new Main(XdgDirs.from(Map.of(), home.resolve("watcher").toString()))
                     .session(portal.baseUrl().toString(), false, null)) {
            site = portal.baseUrl().toString();
            if (frozenClock) {
                portal.freezeClock();
            }
            assertThat(watcher.participation().login("reader1", "reader123".toCharArray(), 0, null, true, null)
                    .accepted()).isTrue();
            assertThat(run("reader123", List.of("login", "--username", "reader1", "--password-stdin"))).isZero();

            portal.inject(Fault.STALL_AFTER_WRITE);
            Process sending = command(send).start();
            sending.getOutputStream().close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (copies.count(watcher) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(copies.count(watcher)).as("the portal stored the write").isEqualTo(1);
            assertThat(sending.isAlive()).as("the program still waits for the answer").isTrue();
            kill.accept(sending);
            assertThat(sending.waitFor(30, TimeUnit.SECONDS)).isTrue();

            portal.clearFaults();
            portal.advanceClock(Duration.ofSeconds(20)); // past flood control: a second post would go through
            assertThat(run(null, resend)).isZero();
            assertThat(copies.count(watcher)).as("the portal holds the write once").isEqualTo(1);
        }
        try (java.util.stream.Stream<Path> files = Files.walk(home.resolve("state"))) {
            assertThat(files.filter(f -> f.getParent().getFileName().toString().equals("drafts")))
                    .as("the draft found on the site is gone").isEmpty();
        }
    }

    private ProcessBuilder command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("fenghuang.jar"), "--site", site));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("out-" + System.nanoTime() + ".txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        return pb;
    }

    private int run(String stdin, List<String> args) throws IOException, InterruptedException {
        Process p = command(args).start();
        if (stdin != null) {
            p.getOutputStream().write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        return p.exitValue();
    }
}
