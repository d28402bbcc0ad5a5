package dev.fenghuang;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code serve-ssh} process for a test, started by the test and stopped by it: on a free loopback port, its output in
 * {@code HOME/serve-ssh.log}, its configuration, state and cache under {@code HOME/server}.
 */
public final class ServeSshProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ServeSshProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code program} (the words that run Fenghuang: the launcher, or java -jar) with {@code serve-ssh} for the
     * users in {@code users}, and waits up to {@code wait} for it to listen.
     */
    public static ServeSshProcess start(List<String> program, Path home, Path users, Duration wait) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of("serve-ssh", "--port", String.valueOf(port), "--bind", "127.0.0.1", "--users",
                users.toString()));
        Path log = home.resolve("serve-ssh.log");
        ProcessBuilder serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        serve.environment().put("XDG_CONFIG_HOME", home.resolve("server/config").toString());
        serve.environment().put("XDG_STATE_HOME", home.resolve("server/state").toString());
        serve.environment().put("XDG_CACHE_HOME", home.resolve("server/cache").toString());
        ServeSshProcess server = new ServeSshProcess(serve.start(), port, log);
        try {
            server.awaitListening(wait);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** A loopback port nothing listens on just now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** What the server wrote so far, for a failed assertion's message. */
    public String log() throws IOException {
        return "\nserve-ssh: " + Files.readString(log);
    }

    private void awaitListening(Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("serve-ssh exited:" + log());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("serve-ssh did not listen on " + port);
    }

    /** Stops the server this test started, by its process. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
