package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program of the build (the launcher, the linked runtime's java, a JDK tool) with state of its own. */
final class BuiltProgram {
    private BuiltProgram() {
    }

    /** The built jar (its absolute path), which failsafe names after package; a test run without one is skipped. */
    static Path jar() {
        String jar = System.getProperty("fenghuang.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "run by failsafe after package");
        return Path.of(jar).toAbsolutePath();
    }

    /**
     * Runs {@code command} with its XDG folders under {@code home}, no FENGHUANG_JVM_OPTIONS but those in {@code env},
     * and {@code env} added; its output and error, once it ended with 0 within a minute.
     */
    static String run(List<String> command, Path home, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().remove("FENGHUANG_JVM_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } finally {
            p.destroyForcibly();
        }
    }
}
