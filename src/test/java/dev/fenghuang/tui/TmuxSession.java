package dev.fenghuang.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A tmux server of its own (private socket) running a shell, for end-to-end tests in a real terminal. Closing it
 * ends the server and waits for whatever the shell started, so a test's temporary home is not deleted under a
 * program still writing to it.
 */
public final class TmuxSession implements AutoCloseable {
    public static final String PROMPT = "fh-ready$ ";
    private static final Duration HANG_UP_GRACE = Duration.ofSeconds(5);
    private static final Duration TERMINATE_GRACE = Duration.ofSeconds(3);

    private final String socket = "fh-test-" + UUID.randomUUID().toString().substring(0, 8);

    /** Starts a shell at the given size with the XDG directories under {@code home}. */
    public TmuxSession(Path home, int columns, int rows) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "env", "XDG_CONFIG_HOME=" + home.resolve("config"), "XDG_STATE_HOME=" + home.resolve("state"),
                "XDG_CACHE_HOME=" + home.resolve("cache"), "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
                "TERM=" + System.getProperty("fenghuang.term", "tmux-256color"), "PS1=" + PROMPT, "sh");
        await(s -> s.contains(PROMPT.strip()), Duration.ofSeconds(10));
    }

    public String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + ": " + out);
        }
        return out;
    }

    public void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-l", text);
    }

    public void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p");
    }

    List<String> rows() throws IOException, InterruptedException {
        return List.of(screen().split("\n", -1));
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** Waits until the screen satisfies {@code ready}; returns it, or fails with what the screen showed. */
    public String await(Predicate<String> ready, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String s = screen();
        while (!ready.test(s)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out; the screen shows:\n" + s);
            }
            Thread.sleep(20);
            s = screen();
        }
        return s;
    }

    /** Ends the server, then waits for the processes the shell started: hung up, then terminated, then killed. */
    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> started = startedInPanes();
        try {
            tmux("kill-server");
        } catch (IOException alreadyGone) {
            // the server ended with its last session
        }
        List<ProcessHandle> left = awaitExit(started, HANG_UP_GRACE);
        left.forEach(ProcessHandle::destroy);
        awaitExit(left, TERMINATE_GRACE).forEach(ProcessHandle::destroyForcibly);
    }

    /** The panes' shells and everything under them, by process id. */
    List<ProcessHandle> startedInPanes() throws InterruptedException {
        List<ProcessHandle> started = new ArrayList<>();
        String pids;
        try {
            pids = tmux("list-panes", "-a", "-F", "#{pane_pid}");
        } catch (IOException alreadyGone) {
            return started;
        }
        for (String pid : pids.strip().split("\\s+")) {
            if (!pid.isEmpty()) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(shell -> {
                    started.add(shell);
                    shell.descendants().forEach(started::add);
                });
            }
        }
        return started;
    }

    private static List<ProcessHandle> awaitExit(List<ProcessHandle> processes, Duration grace)
            throws InterruptedException {
        long end = System.nanoTime() + grace.toNanos();
        List<ProcessHandle> left = new ArrayList<>(processes);
        left.removeIf(TmuxSession::ended);
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(10);
            left.removeIf(TmuxSession::ended);
        }
        return left;
    }

    /**
     * Whether {@code process} has ended: gone, or dead and not yet reaped (tmux reaps the shell it started only as
     * its server exits, over a second after being told to; until then the shell is a zombie, holding no file).
     */
    static boolean ended(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException | RuntimeException unreadable) {
            return !process.isAlive(); // gone meanwhile, or no /proc: alive is all that can be told
        }
    }
}
