package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.model.forum.PostBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program killed while its forum reply is on the wire: the site stored the reply and never answered. The
 * next {@code reply TID --draft} finds it among the thread's newest floors and does not post it a second time.
 */
class ReplyAfterKillIT {
    private static final long TID = 1;

    @TempDir
    Path home;

    private String site;

    private ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("fenghuang.jar"), "--site", site));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("out-" + System.nanoTime() + ".txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        return pb;
    }

    private int run(String stdin, String... args) throws IOException, InterruptedException {
        Process p = command(args).start();
        if (stdin != null) {
            p.getOutputStream().write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        return p.exitValue();
    }

    @Test
    void aReplyStoredBeforeAKillIsNotPostedAgain() throws Exception {
        String jar = System.getProperty("fenghuang.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "run by failsafe after package");
        String text = "回复途中被强杀也不会重复";
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
             PortalSession watcher = new Main(XdgDirs.from(Map.of(), home.resolve("watcher").toString()))
                     .session(portal.baseUrl().toString(), false, null)) {
            site = portal.baseUrl().toString();
            portal.freezeClock();
            assertThat(watcher.participation().login("reader1", "reader123".toCharArray(), 0, null, true, null)
                    .accepted()).isTrue();
            assertThat(run("reader123", "login", "--username", "reader1", "--password-stdin")).isZero();

            portal.inject(Fault.STALL_AFTER_WRITE);
            Process sending = command("reply", String.valueOf(TID), "--message", text).start();
            sending.getOutputStream().close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (copies(portal, watcher, text) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(copies(portal, watcher, text)).as("the portal stored the reply").isEqualTo(1);
            assertThat(sending.isAlive()).as("the program still waits for the answer").isTrue();
            sending.destroyForcibly();
            assertThat(sending.waitFor(30, TimeUnit.SECONDS)).isTrue();

            portal.clearFaults();
            portal.advanceClock(Duration.ofSeconds(20)); // past flood control: a second post would go through
            assertThat(run(null, "reply", String.valueOf(TID), "--draft")).isZero();
            assertThat(copies(portal, watcher, text)).as("the portal holds the reply once").isEqualTo(1);
        }
        try (java.util.stream.Stream<Path> files = Files.walk(home.resolve("state"))) {
            assertThat(files.filter(f -> f.getParent().getFileName().toString().equals("drafts")))
                    .as("the draft found on the site is gone").isEmpty();
        }
    }

    private static long copies(DemoPortal portal, PortalSession watcher, String text) {
        try {
            return watcher.participation().forum().newestFloors(TID).floors().stream()
                    .filter(f -> f.blocks().stream().anyMatch(b -> b instanceof PostBlock.Paragraph p
                            && p.text().contains(text))).count();
        } catch (IOException stalled) {
            return 0;
        }
    }
}
