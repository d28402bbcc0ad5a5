package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.sun.net.httpserver.HttpServer;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.WebClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileLoggingTest {
    private static final String SESSION_TOKEN = "d3adb33fSESSIONtoken0042";
    private static final String FORM_HASH = "f0e1d2c3";

    @TempDir
    Path state;
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTheTestLogging() throws Exception {
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void aLineSaysTheTimeLevelThreadLoggerAndMessageThenTheStackTrace() throws Exception {
        Path file = state.resolve("fenghuang/fenghuang.log");
        context.reset();
        FileLogging.configureInto(context, file, Level.INFO);
        Thread t = new Thread(() -> LoggerFactory.getLogger("dev.fenghuang.http.WebClient")
                .warn("failed {} of {}", 2, 3, new IllegalStateException("boom")), "worker-7");
        t.start();
        t.join();
        LoggerFactory.getLogger("dev.fenghuang.Main").debug("below the level");
        context.stop();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN  \\[worker-7\\] "
                + "d\\.f\\.http\\.WebClient - failed 2 of 3");
        assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines.get(2)).startsWith("\tat dev.fenghuang.FileLoggingTest");
        assertThat(lines).noneMatch(l -> l.contains("below the level"));
    }

    /** Logback's pattern layout costs tens of milliseconds of every start (hundreds on a loaded machine). */
    @Test
    void theLogIsWrittenWithoutLogbacksPatternLayout() throws Exception {
        Path file = state.resolve("fenghuang/fenghuang.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), FileLoggingProcess.class.getName(), file.toString())))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Files.readString(file)).endsWith(" INFO  [main] dev.fenghuang.Main - started 1\n");
        assertThat(out.lines().filter(l -> l.contains("ch.qos.logback.classic.PatternLayout "))).isEmpty();
    }

    @Test
    void theLogIsPrivateWhateverTheUmask() throws Exception {
        Path file = state.resolve("fenghuang/fenghuang.log");
        context.reset();
        FileLogging.configureInto(context, file, Level.INFO);
        LoggerFactory.getLogger("test").info("hello");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anExistingLooseLogIsMadePrivate() throws Exception {
        Path file = state.resolve("fenghuang/fenghuang.log");
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        context.reset();
        FileLogging.configureInto(context, file, Level.INFO);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void rejectedCookiesAndFormHashesNeverReachTheLog() throws Exception {
        Path file = state.resolve("fenghuang/fenghuang.log");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            // A cookie for another domain: HttpClient rejects it and, left alone, logs it whole at WARN.
            ex.getResponseHeaders().add("Set-Cookie", "x_auth=" + SESSION_TOKEN + "; Domain=elsewhere.example; Path=/");
            ex.getResponseHeaders().add("Set-Cookie", "x_sid=" + SESSION_TOKEN + "; Expires=not a date; Path=/");
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            context.reset();
            FileLogging.configureInto(context, file, Level.DEBUG);
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            try (WebClient c = new WebClient(HttpSettings.defaults())) {
                c.get(base.resolve("member.php?mod=logging&action=logout&formhash=" + FORM_HASH));
            }
        } finally {
            server.stop(0);
        }
        context.stop();
        String log = Files.readString(file);
        assertThat(log).contains("GET").contains("action=logout");
        assertThat(log).doesNotContain(SESSION_TOKEN).doesNotContain(FORM_HASH);
    }

    @Test
    void aLogThatIsASymlinkIsNeitherWrittenNorChmodded() throws Exception {
        Path dir = Files.createDirectories(state.resolve("fenghuang"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path target = Files.writeString(state.resolve("victim.txt"), "theirs\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path file = Files.createSymbolicLink(dir.resolve("fenghuang.log"), target);
        context.reset();
        FileLogging.configureInto(context, file, Level.DEBUG);
        LoggerFactory.getLogger("test").info("hello");
        context.stop();
        assertThat(Files.readString(target)).isEqualTo("theirs\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        assertThat(Files.isSymbolicLink(file)).isTrue();
    }

    @Test
    void aSymlinkedStateDirectoryIsLeftAlone() throws Exception {
        Path elsewhere = Files.createDirectories(state.resolve("elsewhere"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = Files.createSymbolicLink(state.resolve("fenghuang"), elsewhere);
        context.reset();
        FileLogging.configureInto(context, dir.resolve("fenghuang.log"), Level.DEBUG);
        LoggerFactory.getLogger("test").info("hello");
        context.stop();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere))).isEqualTo("rwxr-xr-x");
        assertThat(elsewhere.resolve("fenghuang.log")).doesNotExist();
    }
}
