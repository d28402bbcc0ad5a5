package dev.fenghuang;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs {@code fenghuang} commands in this process as a script would, against one site, each on a worker thread with
 * a time limit: a command that outlives it is reported, the caller's {@code unstick} (clearing the faults) runs, and
 * the command gets a grace period to end.
 */
final class CliRunner implements AutoCloseable {
    /**
     * Client settings that keep a hung read short; the total deadline's key is the one the http fixes read. The
     * lasting store is off: each command must reach the site (and meet its faults), as before there was one.
     */
    static final String FAST_SETTINGS = "http.connectTimeout = 2s\nhttp.readTimeout = 2s\nhttp.deadline = 3s\n"
            + "store.enabled = false\n";

    private final Duration grace;

    /**
     * One command's result.
     *
     * @param exitCode -1 when it never ended
     * @param inTime false when it outlived the limit
     * @param thrown what escaped {@code execute}, if anything did
     * @param stuckAt where the command's thread was when it was given up on, else ""
     */
    record Run(int exitCode, String out, String err, boolean inTime, Duration took, Throwable thrown,
            String stuckAt) {
        boolean ended() {
            return exitCode >= 0;
        }
    }

    private final Path home;
    private final URI site;
    private final Map<String, String> env = new HashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cli-runner");
        t.setDaemon(true);
        return t;
    });

    /**
     * A runner for one client home (its config, cookies and drafts).
     *
     * @param grace how long a command that outlived its limit gets to end once the faults are cleared
     */
    CliRunner(Path home, URI site, String settings, Duration grace) {
        this.grace = grace;
        this.home = home;
        this.site = site;
        try {
            Path config = XdgDirs.from(Map.of(), home.toString()).config();
            Files.createDirectories(config);
            Files.writeString(config.resolve("fenghuang.properties"), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path home() {
        return home;
    }

    /** Sets the password the next commands read from {@code FENGHUANG_PASSWORD}. */
    void password(String password) {
        env.put("FENGHUANG_PASSWORD", password);
    }

    /** Sets the security answer the next commands read from {@code FENGHUANG_ANSWER}. */
    void answer(String answer) {
        env.put("FENGHUANG_ANSWER", answer);
    }

    Run run(Duration limit, Runnable unstick, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = Stream.concat(Stream.of("--site", site.toString()), Stream.of(args)).toArray(String[]::new);
        Map<String, String> environment = Map.copyOf(env);
        long started = System.nanoTime();
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        Future<Integer> running = workers.submit(() -> {
            worker.set(Thread.currentThread());
            var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), environment));
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            return cmd.execute(full);
        });
        boolean inTime = true;
        Integer code = null;
        Throwable thrown = null;
        String stuckAt = "";
        try {
            code = running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            inTime = false;
            unstick.run();
            try {
                code = running.get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillStuck) {
                Thread t = worker.get();
                stuckAt = t == null ? "" : Stream.of(t.getStackTrace()).limit(12).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining("\n  "));
                running.cancel(true);
            } catch (ExecutionException failed) {
                thrown = failed.getCause();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (ExecutionException e) {
            thrown = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Run(code == null ? -1 : code, out.toString(), err.toString(), inTime,
                Duration.ofNanos(System.nanoTime() - started), thrown, stuckAt);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
