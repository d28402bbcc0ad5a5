package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's load test, on demand ({@code -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=SshLoadBenchmarkTest}):
 * {@code serve-ssh} in a process of its own against a demo portal in this one; N moderators' keys (each its own
 * account, signed in first), each with a shell on the moderation queue (the admin password typed over the channel)
 * moving through it for the run's length, and deciding comments of the queue over exec requests on the same
 * connection. Prints the server's memory per session (RSS with the sessions open less RSS before, divided), key to
 * frame latency p50/p99 (a key sent to the first screen bytes back), the server's CPU with every session idle (from
 * /proc/PID/stat), and the bytes over the connection per decision. Properties: {@code fenghuang.load.sessions} (50),
 * {@code fenghuang.load.seconds} (60), {@code fenghuang.load.idleSeconds} (30); {@code fenghuang.child.jvmOptions}
 * runs the server with JVM options, e.g. the launcher's ({@link ChildServer}).
 */
@Tag("benchmark")
class SshLoadBenchmarkTest {
    private static final int SESSIONS = Integer.getInteger("fenghuang.load.sessions", 50);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("fenghuang.load.seconds", 60));
    private static final Duration IDLE = Duration.ofSeconds(Integer.getInteger("fenghuang.load.idleSeconds", 30));
    private static final Duration KEY_PACE = Duration.ofMillis(250);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    /** The screen's bytes as they come, with a wait for more. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized int size() {
            return bytes.size();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** Waits for more than {@code from} bytes; the nanoTime they came at. */
        synchronized long awaitMore(int from, Duration limit) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (bytes.size() <= from) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no frame within " + limit);
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return System.nanoTime();
        }

        synchronized void awaitText(String expected, Duration limit) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (!bytes.toString(StandardCharsets.UTF_8).contains(expected)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no '" + expected + "' within " + limit);
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        /** Waits until no byte came for {@code quiet}. */
        void settle(Duration quiet) throws InterruptedException {
            int seen = -1;
            while (seen != size()) {
                seen = size();
                Thread.sleep(quiet.toMillis());
            }
        }
    }

    private record Session(ClientSession ssh, ChannelShell shell, Screen screen, PipedOutputStream keys) {
        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
    }

    @Test
    void fiftyModeratorsOverSsh() throws Exception {
        try (SshRig rig = new SshRig(home)) {
            List<KeyPair> keys = new ArrayList<>();
            StringBuilder users = new StringBuilder();
            for (int i = 0; i < SESSIONS; i++) {
                KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
                keys.add(key);
                users.append("site=qu,account=m").append(i).append(",role=moderator ")
                        .append(PublicKeyEntry.toString(key.getPublic())).append('\n');
            }
            KeyPair lister = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            users.append("site=qu,account=lister,role=moderator ").append(PublicKeyEntry.toString(lister.getPublic()))
                    .append('\n');
            Files.writeString(rig.users, users);
            // room for every shell and a decision of each at once (the default, 64, would refuse some decisions)
            Files.createDirectories(rig.main.dirs().config());
            Files.writeString(rig.main.dirs().config().resolve("fenghuang.properties"),
                    "ssh.maxSessions = " + (2 * SESSIONS + 2) + "\n");
            try (ChildServer server = ChildServer.start(rig, home.resolve("child-cache"))) {
                long pid = server.process().pid();
                for (KeyPair key : keys) {
                    rig.signIn(key, server.at());
                }
                rig.signIn(lister, server.at());
                JsonArray queue = JsonParser.parseString(rig.exec(lister, "mod queue --json --password-stdin",
                        "admin123\n", server.at()).out()).getAsJsonObject().getAsJsonArray("entries");
                ConcurrentLinkedQueue<Long> cids = new ConcurrentLinkedQueue<>();
                queue.forEach(e -> cids.add(e.getAsJsonObject().get("cid").getAsLong()));
                System.gc();
                long rssBefore = rssKb(pid);

                List<Session> sessions = open(rig, keys, server.at());
                for (Session s : sessions) {
                    s.screen().settle(Duration.ofMillis(300));
                }
                long rssOpen = rssKb(pid);
                double idleCpu = cpuPercent(pid, IDLE);

                ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                AtomicLong decisionBytes = new AtomicLong();
                AtomicLong decisions = new AtomicLong();
                ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
                List<Future<?>> running = new ArrayList<>();
                for (Session s : sessions) {
                    running.add(pool.submit(() -> {
                        try {
                            moderate(s, latencies, cids, decisionBytes, decisions);
                        } catch (Exception e) {
                            errors.add(e.toString());
                        }
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                pool.shutdown();
                for (Session s : sessions) {
                    s.type("q");
                    s.type("q");
                    s.shell().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
                    s.ssh().close();
                }

                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                System.out.printf("ssh load: %d sessions, %d s each, load average %s%n", SESSIONS, RUN.toSeconds(),
                        Files.readString(Path.of("/proc/loadavg")).strip());
                System.out.printf("  memory per session: %.0f KiB (server RSS %d KiB before, %d KiB with them open)%n",
                        (rssOpen - rssBefore) / (double) SESSIONS, rssBefore, rssOpen);
                System.out.printf("  key to frame over SSH: p50 %.1f ms, p99 %.1f ms (%d keys)%n",
                        percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted.size());
                System.out.printf("  server CPU at rest with %d idle sessions: %.2f %% of one core over %d s%n",
                        SESSIONS, idleCpu, IDLE.toSeconds());
                System.out.printf("  bytes per decision (exec channel, both ways): %.0f (%d decisions)%n",
                        decisions.get() == 0 ? 0 : decisionBytes.get() / (double) decisions.get(), decisions.get());
                System.out.printf("  errors: %d %s%n", errors.size(), errors);
                assertThat(errors).isEmpty();
                assertThat(sorted).isNotEmpty();
            }
        }
    }

    private static List<Session> open(SshRig rig, List<KeyPair> keys, SshRig.Listening at) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (KeyPair key : keys) {
            ClientSession ssh = rig.login(key, at);
            ChannelShell shell = ssh.createShellChannel();
            Screen screen = new Screen();
            PipedOutputStream typed = SshRig.terminal(shell, screen);
            shell.open().verify(WAIT);
            Session s = new Session(ssh, shell, screen, typed);
            try {
                screen.awaitText("Moderation: pending", WAIT);
                screen.settle(Duration.ofMillis(500));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + ": " + screen.text().replaceAll("\\e\\[[0-9;?]*[A-Za-z]", " "));
            }
            if (screen.text().contains("Admin panel password")) {
                s.type("admin123\r");
            }
            sessions.add(s);
        }
        return sessions;
    }

    /** Moves through the queue for the run's length, a key at a time, and decides one comment halfway. */
    private static void moderate(Session s, ConcurrentLinkedQueue<Long> latencies, ConcurrentLinkedQueue<Long> cids,
                                 AtomicLong decisionBytes, AtomicLong decisions) throws Exception {
        long end = System.nanoTime() + RUN.toNanos();
        long halfway = System.nanoTime() + RUN.toNanos() / 2;
        boolean decided = false;
        int n = 0;
        while (System.nanoTime() < end) {
            int before = s.screen().size();
            long sent = System.nanoTime();
            s.type(n++ % 2 == 0 ? "j" : "k");
            latencies.add(s.screen().awaitMore(before, WAIT) - sent);
            if (!decided && System.nanoTime() > halfway) {
                decided = true;
                Long cid = cids.poll();
                if (cid != null) {
                    decisionBytes.addAndGet(decide(s.ssh(), cid));
                    decisions.incrementAndGet();
                }
            }
            Thread.sleep(KEY_PACE.toMillis());
        }
    }

    /** Ignores one comment over an exec request; the bytes of the channel's data both ways. */
    private static long decide(ClientSession ssh, long cid) throws Exception {
        byte[] stdin = "admin123\n".getBytes(StandardCharsets.UTF_8);
        try (ChannelExec exec = ssh.createExecChannel("mod ignore " + cid + " --password-stdin")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exec.setIn(new ByteArrayInputStream(stdin));
            exec.setOut(out);
            exec.setErr(out);
            exec.open().verify(WAIT);
            exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            if (exec.getExitStatus() == null || exec.getExitStatus() != 0) {
                throw new IllegalStateException("mod ignore " + cid + ": " + exec.getExitStatus() + " " + out);
            }
            return stdin.length + out.size() + ("mod ignore " + cid + " --password-stdin").length();
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** utime + stime of the process over {@code span}, as a share of one core. */
    private static double cpuPercent(long pid, Duration span) throws Exception {
        long before = cpuTicks(pid);
        Thread.sleep(span.toMillis());
        long after = cpuTicks(pid);
        return (after - before) / 100.0 / span.toSeconds() * 100;
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
