package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code src/main/sh/fenghuang}, run against a stand-in {@code java} that prints the arguments it was
 * given: which archive it maps for which JDK, and the flags of a client.
 */
class LauncherScriptTest {
    @TempDir
    Path dir;

    private Path build(String... archives) throws IOException {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path launcher = Files.copy(Path.of("src/main/sh/fenghuang"), target.resolve("fenghuang"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(target.resolve("fenghuang.jar"), "");
        for (String archive : archives) {
            Files.writeString(target.resolve(archive), "");
        }
        return launcher;
    }

    private Path jdk(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\nfor a; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private List<String> run(Path launcher, Path jdk, String jvmOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "read", "1").redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", jdk.toString());
        env.remove("FENGHUANG_JVM_OPTIONS");
        if (jvmOptions != null) {
            env.put("FENGHUANG_JVM_OPTIONS", jvmOptions);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }

    @Test
    void onJdk25TheAheadOfTimeCacheIsMappedAndNativeAccessGranted() throws Exception {
        Path launcher = build("fenghuang.aot", "fenghuang.jsa");
        List<String> args = run(launcher, jdk("25.0.3"), null);
        assertThat(args).contains("-XX:AOTCache=" + launcher.getParent().resolve("fenghuang.aot"),
                "--enable-native-access=ALL-UNNAMED");
        assertThat(args).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare"));
        assertThat(args.subList(args.size() - 4, args.size()))
                .containsExactly("-jar", launcher.getParent().resolve("fenghuang.jar").toString(), "read", "1");
    }

    @Test
    void onJdk17TheClassDataArchiveIsMappedAndNoOptionJdk17LacksIsGiven() throws Exception {
        Path launcher = build("fenghuang.aot", "fenghuang.jsa");
        List<String> args = run(launcher, jdk("17.0.15"), null);
        assertThat(args).contains("-XX:SharedArchiveFile=" + launcher.getParent().resolve("fenghuang.jsa"),
                "-Xshare:auto");
        assertThat(args).noneMatch(a -> a.startsWith("-XX:AOTCache") || a.startsWith("--enable-native-access"));
    }

    @Test
    void withoutAnArchiveTheJvmStartsPlain() throws Exception {
        List<String> args = run(build(), jdk("25"), null);
        assertThat(args).noneMatch(a -> a.startsWith("-XX:AOTCache") || a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void theJvmRunsAsAClientWithACappedHeapAndTheUsersOptionsWin() throws Exception {
        List<String> args = run(build("fenghuang.jsa"), jdk("17"), "-Xmx256m -Dx=1");
        assertThat(args).contains("-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8")
                .anyMatch(a -> a.startsWith("-Xms")).anyMatch(a -> a.startsWith("-XX:ReservedCodeCacheSize="));
        int capped = args.indexOf("-Xmx96m");
        assertThat(capped).isNotNegative();
        assertThat(args.indexOf("-Xmx256m")).isGreaterThan(capped); // the last -Xmx is the one the JVM takes
        assertThat(args).contains("-Dx=1");
    }
}
