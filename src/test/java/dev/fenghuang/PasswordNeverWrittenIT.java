package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program, run as a user runs it with debug logging on: after signing in, commenting, reacting, keeping a
 * favourite and signing in again, no file it wrote (settings, state, cache, logs) holds the password, and the
 * session's cookie file is readable by its owner only.
 */
class PasswordNeverWrittenIT {
    private static final String PASSWORD = "reader123";

    @TempDir
    Path home;

    private String site;

    private int run(String stdin, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("fenghuang.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "--site", site));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("FENGHUANG_LOG_LEVEL", "DEBUG");
        env.remove("FENGHUANG_PASSWORD");
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assertThat(out).doesNotContain(PASSWORD);
        return code;
    }

    @Test
    void noFileTheProgramWroteHoldsThePassword() throws Exception {
        String jar = BuiltProgram.jar().toString();
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            site = portal.baseUrl().toString();
            assertThat(run(PASSWORD, "login", "--username", "reader1", "--password-stdin")).isZero();
            assertThat(run(null, "comment", "8", "--message", "口令不会写进任何文件")).isZero();
            assertThat(run(null, "react", "8", "1")).isZero();
            assertThat(run(null, "favorite", "add", "8")).isZero();
            assertThat(run(null, "logout")).isZero();
            assertThat(run("wrong-" + PASSWORD, "login", "--username", "reader1", "--password-stdin")).isEqualTo(3);
            assertThat(run(PASSWORD, "login", "--username", "reader1", "--password-stdin")).isZero();
            assertThat(run(null, "whoami")).isZero();
        }
        List<Path> written;
        try (Stream<Path> files = Files.walk(home)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).as("the program wrote its session, drafts' folder and log")
                .anyMatch(f -> f.getFileName().toString().equals("cookies"))
                .anyMatch(f -> f.getFileName().toString().equals("fenghuang.log"));
        for (Path f : written) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(text).as(f.toString()).doesNotContain(PASSWORD);
        }
        Path cookies = written.stream().filter(f -> f.getFileName().toString().equals("cookies")).findFirst()
                .orElseThrow();
        assertThat(Files.getPosixFilePermissions(cookies))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(home.resolve("state/fenghuang/fenghuang.log"))).contains("POST");
    }
}
