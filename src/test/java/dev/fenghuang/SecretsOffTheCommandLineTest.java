package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.http.CookieFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A security answer or a browser's cookies on the command line show in the process list ({@code /proc/PID/cmdline}):
 * such options are usage errors that say where to put the secret instead, and the environment and standard input
 * carry it the way they carry the password.
 */
class SecretsOffTheCommandLineTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).stdin(stdin.getBytes(Charset.defaultCharset())).run(args);
    }

    private String whoami(String... account) {
        String[] args = Stream.concat(Stream.of(account), Stream.of("whoami", "--json")).toArray(String[]::new);
        return JsonParser.parseString(run(args).out()).getAsJsonObject().get("name").getAsString();
    }

    @Test
    void anAnswerOnTheCommandLineIsAUsageErrorThatSaysWhereToPutIt() {
        env.put("FENGHUANG_PASSWORD", "reader234");
        Run r = run("login", "--username", "reader2", "--question", "1", "--answer", "王芳");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--answer").contains("FENGHUANG_ANSWER").contains("--answer-stdin")
                .doesNotContain("王芳");
        assertThat(whoami()).isEmpty();
    }

    @Test
    void theAdminPanelsAnswerOnTheCommandLineIsAUsageErrorToo() {
        Run r = run("mod", "approve", "5", "--question", "1", "--answer", "王芳");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("FENGHUANG_ANSWER").doesNotContain("王芳");
    }

    @Test
    void cookiesOnTheCommandLineAreAUsageErrorThatSaysWhereToPutThem() {
        Run r = run("login", "--cookie", "xx_2132_auth=secret; xx_2132_saltkey=abcdefgh");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("FENGHUANG_COOKIE").contains("--cookie-stdin").doesNotContain("secret");
    }

    @Test
    void theAnswerComesFromTheEnvironment() {
        env.put("FENGHUANG_PASSWORD", "reader234");
        env.put("FENGHUANG_ANSWER", "王芳");
        Run r = run("login", "--username", "reader2", "--question", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(whoami()).isEqualTo("reader2");
    }

    @Test
    void passwordThenAnswerComeFromStandardInputLineByLine() {
        stdin = "reader234\n王芳\n";
        Run r = run("login", "--username", "reader2", "--password-stdin", "--question", "1", "--answer-stdin");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(whoami()).isEqualTo("reader2");
    }

    @Test
    void aBrowsersCookiesComeFromTheEnvironmentOrStandardInput() throws Exception {
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("login", "--username", "reader1").exitCode()).isZero();
        env.remove("FENGHUANG_PASSWORD");
        Path jar;
        try (Stream<Path> files = Files.walk(home)) {
            jar = files.filter(f -> f.getFileName().toString().equals("cookies")).findFirst().orElseThrow();
        }
        String header = CookieFile.open(jar).getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));

        env.put("FENGHUANG_COOKIE", header);
        Run fromEnv = run("--account", "env", "login", "--cookie");
        assertThat(fromEnv.exitCode()).as(fromEnv.err()).isZero();
        assertThat(whoami("--account", "env")).isEqualTo("reader1");
        env.remove("FENGHUANG_COOKIE");

        stdin = header + "\n";
        Run fromStdin = run("--account", "stdin", "login", "--cookie-stdin");
        assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
        assertThat(whoami("--account", "stdin")).isEqualTo("reader1");
    }
}
