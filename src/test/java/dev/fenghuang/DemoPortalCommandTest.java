package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo-portal} with {@code --https}, {@code --cert-out} and {@code --fault}. */
class DemoPortalCommandTest {
    @TempDir
    Path home;

    private final List<Launcher.RunningDemo> started = new ArrayList<>();

    /** Main's wiring, keeping what it starts so that the test can stop it (the command itself waits for ever). */
    private final class Recording implements Launcher {
        private final Main main = new Main(XdgDirs.from(Map.of(), home.toString()), Map.of());

        @Override
        public PortalReader open(String site, boolean demo) throws Exception {
            return main.open(site, demo);
        }

        @Override
        public PortalSession session(String site, boolean demo, String account) throws Exception {
            return main.session(site, demo, account);
        }

        @Override
        public int runTui(String site, boolean demo, String account, Long openAid, String lang) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RunningDemo startDemo(int port, String charset, boolean hostile) {
            return record(main.startDemo(port, charset, hostile));
        }

        @Override
        public RunningDemo startDemo(DemoSetup setup) {
            return record(main.startDemo(setup));
        }

        private RunningDemo record(RunningDemo demo) {
            synchronized (started) {
                started.add(demo);
            }
            return demo;
        }
    }

    @AfterEach
    void stop() throws Exception {
        synchronized (started) {
            for (Launcher.RunningDemo demo : started) {
                demo.close();
            }
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run runNow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Recording());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    /** Runs the command in the background until it has printed its URL. */
    private URI runInBackground(String... args) throws Exception {
        StringWriter out = new StringWriter();
        var cmd = Cli.command(new Recording());
        cmd.setOut(new PrintWriter(out, true));
        Thread t = new Thread(() -> cmd.execute(args), "demo-portal-command");
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("\n") && System.nanoTime() < deadline && t.isAlive()) {
            t.join(20);
        }
        return URI.create(out.toString().lines().findFirst().orElseThrow());
    }

    @Test
    void aPortAlreadyInUseIsNamedNotCalledANetworkError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Run r = runNow("demo-portal", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exitCode()).isNotZero();
            assertThat(r.err()).contains("port " + taken.getLocalPort() + " is already in use")
                    .doesNotContain("network error");
        }
    }

    @Test
    void captchaMakesThePortalAskForOneAtSignIn() throws Exception {
        URI url = runInBackground("demo-portal", "--captcha");
        String form = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(url.resolve("member.php?mod=logging&action=login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(form).contains("seccode_");
        URI plain = runInBackground("demo-portal");
        String plainForm = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(plain.resolve("member.php?mod=logging&action=login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(plainForm).doesNotContain("seccode_");
    }

    @Test
    void httpsPrintsTheHttpsUrlFirstAndWritesTheCertificate() throws Exception {
        Path pem = home.resolve("demo.pem");
        URI url = runInBackground("demo-portal", "--https", "--cert-out", pem.toString());
        assertThat(url.toString()).matches("https://127\\.0\\.0\\.1:\\d+/");
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----")
                .isEqualTo(started.get(0).certificatePem());
    }

    @Test
    void aFaultGivenOnTheCommandLineIsInForce() throws Exception {
        URI url = runInBackground("demo-portal", "--fault", "502:/portal.php?mod=list", "--fault", "500:/forum.php");
        assertThat(status(url.resolve("portal.php?mod=list&catid=1"))).isEqualTo(502);
        assertThat(status(url.resolve("forum.php"))).isEqualTo(500);
        assertThat(status(url.resolve("portal.php?mod=view&aid=1"))).isEqualTo(200);
    }

    @Test
    void anUnknownFaultIsAUsageErrorNamingIt() {
        Run r = runNow("demo-portal", "--fault", "dripp");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("unknown fault 'dripp'");
        assertThat(started).isEmpty();
    }

    @Test
    void aCertificateFileNeedsHttps() {
        Run r = runNow("demo-portal", "--cert-out", home.resolve("x.pem").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--cert-out needs --https");
    }

    private static int status(URI url) throws Exception {
        HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        try {
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }
}
