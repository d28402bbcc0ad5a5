package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 25 or later the build records an ahead-of-time cache whose classes are linked (issue 13: the classes alone
 * start slower than JDK 17 with its class-data archive), and the launcher runs with it. The JDK is the one
 * {@code FENGHUANG_TEST_JDK25} names, else the newest JDK 25+ under {@code /usr/lib/jvm} (this kind of machine has
 * Temurin's beside the default OpenJDK 17).
 */
class AheadOfTimeCacheIT {
    @TempDir
    Path dir;

    @Test
    void onJdk25TheCacheHoldsLinkedClassesAndTheLauncherUsesIt() throws Exception {
        String jar = BuiltProgram.jar().toString();
        Optional<Path> jdk = jdk25();
        assumeTrue(jdk.isPresent(), "no JDK 25 or later: set FENGHUANG_TEST_JDK25");
        Path built = Path.of(jar).getParent();
        Files.copy(Path.of(jar), dir.resolve("fenghuang.jar"));
        Files.copy(built.resolve("fenghuang"), dir.resolve("fenghuang"), StandardCopyOption.COPY_ATTRIBUTES);

        String recorded = run(new ProcessBuilder("sh", Path.of("src/main/sh/record-cds.sh").toAbsolutePath().toString(),
                jdk.get().resolve("bin/java").toString(), dir.toString()), 300);
        assertThat(dir.resolve("fenghuang.aot")).as(recorded).isNotEmptyFile();

        Path log = dir.resolve("aot.log");
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ProcessBuilder read = new ProcessBuilder(dir.resolve("fenghuang").toString(), "--site",
                    portal.baseUrl().toString(), "read", "1");
            read.environment().put("JAVA_HOME", jdk.get().toString());
            read.environment().put("FENGHUANG_JVM_OPTIONS", "-Xlog:aot=info:file=" + log);
            read.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
            read.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
            read.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
            String out = run(read, 60);
            assertThat(out).contains("全省“巾帼脱贫行动”");
        }
        assertThat(Files.readString(log)).contains("Using AOT-linked classes: true");
    }

    /** Runs {@code pb} with its output read, for {@code seconds} at most; the output if it ends with 0. */
    private static String run(ProcessBuilder pb, int seconds) throws Exception {
        Process p = pb.redirectErrorStream(true).start();
        p.getOutputStream().close();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("ended in %d s", seconds).isTrue();
            String text = new String(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(text).isZero();
            return text;
        } finally {
            p.destroyForcibly();
        }
    }

    static Optional<Path> jdk25() throws IOException {
        String named = System.getenv("FENGHUANG_TEST_JDK25");
        if (named != null && !named.isEmpty()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> feature(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
                    .max((a, b) -> Integer.compare(feature(a), feature(b)));
        }
    }

    /** The feature version in the JDK's {@code release} file ({@code JAVA_VERSION="25.0.3"} is 25), else 0. */
    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String version = line.substring("JAVA_VERSION=\"".length());
                    int end = 0;
                    while (end < version.length() && Character.isDigit(version.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        return 0;
    }
}
