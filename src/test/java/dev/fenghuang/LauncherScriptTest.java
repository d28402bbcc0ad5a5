package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
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
        return buildIn(dir.resolve("target"), archives);
    }

    private Path buildIn(Path folder, String... archives) throws IOException {
        Path target = Files.createDirectories(folder);
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
        Path java = Files.writeString(home.resolve("bin/java"),
                "#!/bin/sh\necho \"MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\"\nfor a; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private List<String> run(Path launcher, Path jdk, String jvmOptions) throws Exception {
        return run(launcher, jdk, jvmOptions, null);
    }

    private List<String> run(Path launcher, Path jdk, String jvmOptions, String arenas) throws Exception {
        return run(launcher, jdk, jvmOptions, arenas, List.of("read", "1"));
    }

    /** The stand-in's lines: the malloc arenas it was given, then its arguments one a line. */
    private List<String> run(Path launcher, Path jdk, String jvmOptions, String arenas, List<String> words)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(words);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", jdk.toString());
        env.remove("FENGHUANG_JVM_OPTIONS");
        env.remove("MALLOC_ARENA_MAX");
        if (arenas != null) {
            env.put("MALLOC_ARENA_MAX", arenas);
        }
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

    /**
     * Issue 13: the build links a runtime of the modules the program uses beside the jar and records the archives
     * with it, so the launcher runs that runtime's java whatever JAVA_HOME says (an archive maps only into the
     * runtime it was recorded with), and picks the archive by that runtime's version.
     */
    @Test
    void theRuntimeTheBuildLinkedRunsRatherThanJavaHomes() throws Exception {
        Path launcher = build("fenghuang.aot", "fenghuang.jsa");
        Path runtime = Files.move(jdk("17.0.15"), launcher.getParent().resolve("runtime"));
        Files.writeString(runtime.resolve("bin/java"), "#!/bin/sh\necho \"linked runtime\"\nfor a; do echo \"$a\"; done\n");

        List<String> args = run(launcher, jdk("25.0.3"), null);

        assertThat(args.get(0)).isEqualTo("linked runtime");
        assertThat(args).contains("-XX:SharedArchiveFile=" + launcher.getParent().resolve("fenghuang.jsa"))
                .noneMatch(a -> a.startsWith("-XX:AOTCache"));
    }

    /**
     * Issue 13: the launcher starts no program of its own before Java (each is ~1 ms before the first frame): it finds
     * its folder and the command without dirname or a command substitution, so it runs with no PATH at all.
     */
    @Test
    void theLauncherStartsNoProgramBeforeJava() throws Exception {
        Path launcher = build("fenghuang-reader.jsa", "fenghuang.jsa");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--lang", "en", "read", "1")
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk("17.0.15").toString());
        pb.environment().put("PATH", "");
        pb.environment().remove("FENGHUANG_JVM_OPTIONS");
        Process p = pb.start();
        List<String> args = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(args).contains("-XX:SharedArchiveFile=" + launcher.getParent().resolve("fenghuang-reader.jsa"));
        assertThat(args.subList(args.size() - 6, args.size())).containsExactly("-jar",
                launcher.getParent().resolve("fenghuang.jar").toString(), "--lang", "en", "read", "1");
    }

    /** A build in a folder whose path holds spaces: each path the launcher gives Java stays one argument. */
    @Test
    void aBuildFolderWithSpacesInItsPathRuns() throws Exception {
        Path target = dir.resolve("my builds/fenghuang 1.0/target");
        Path launcher = buildIn(target, "fenghuang.aot", "fenghuang.jsa", "fenghuang-reader.jsa");

        List<String> on17 = run(launcher, jdk("17.0.15"), null);
        List<String> on25 = run(launcher, jdk("25.0.1"), null);

        assertThat(on17).contains("-XX:SharedArchiveFile=" + target.resolve("fenghuang-reader.jsa"), "-Xshare:auto");
        assertThat(on17.subList(on17.size() - 4, on17.size()))
                .containsExactly("-jar", target.resolve("fenghuang.jar").toString(), "read", "1");
        assertThat(on25).contains("-XX:AOTCache=" + target.resolve("fenghuang.aot"));
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
        int capped = args.indexOf("-Xmx64m");
        assertThat(capped).isNotNegative();
        assertThat(args.indexOf("-Xmx256m")).isGreaterThan(capped); // the last -Xmx is the one the JVM takes
        assertThat(args).contains("-Dx=1");
    }

    /**
     * Issue 13's resident memory: the heap given back as it empties (Serial shrinks to what the ratios allow, at the
     * next full collection rather than a tenth, then four tenths of the way at the ones after: 0.3 MB less after 300
     * articles), C1 compiling only what runs often (the code cache grew with every article; at 8 times the default
     * count of calls rather than 4, 0.8-1.2 MB less after 300 articles), and glibc held to two
     * malloc arenas (one a thread, up to eight a core, was ~10 MB of a reader's RSS); the user's own arena count wins.
     */
    @Test
    void theHeapIsGivenBackFewerMethodsCompiledAndMallocKeptToTwoArenas() throws Exception {
        Path launcher = build("fenghuang.jsa");

        List<String> args = run(launcher, jdk("17.0.15"), null);

        assertThat(args).contains("MALLOC_ARENA_MAX=2", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
                "-XX:-ShrinkHeapInSteps")
                .contains("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=8");
        assertThat(run(launcher, jdk("17.0.15"), null, "8")).contains("MALLOC_ARENA_MAX=8");
    }

    /**
     * Issue 13's resident memory: Serial sizes its young generation as a third of the committed heap, so as the old
     * generation grew in a long session the young one followed, to ~5 MB of pages touched at every collection. Kept
     * at 2 MB, a reader held ~3 MB less after 100 articles; the user's own size still wins.
     */
    @Test
    void theYoungGenerationStaysSmallUnlessTheUserSizesIt() throws Exception {
        Path launcher = build("fenghuang.jsa");

        assertThat(run(launcher, jdk("17.0.15"), null)).contains("-Xmn2m");
        List<String> args = run(launcher, jdk("17.0.15"), "-Xmn8m");
        assertThat(args.indexOf("-Xmn8m")).isGreaterThan(args.indexOf("-Xmn2m"));
    }

    /**
     * Issue 13's resident memory: a reader touches nearly every page of the archive it maps, so the classes only
     * other commands load were resident in it too. The reader and read map the archive of their own classes; any
     * other command (the first word neither an option nor a root option's value) the whole one; without the
     * reader's archive, the whole one serves all.
     */
    @Test
    void theReaderAndReadMapTheirOwnArchiveOtherCommandsTheWholeOne() throws Exception {
        Path launcher = build("fenghuang.jsa", "fenghuang-reader.jsa");
        String reader = "-XX:SharedArchiveFile=" + launcher.getParent().resolve("fenghuang-reader.jsa");
        String whole = "-XX:SharedArchiveFile=" + launcher.getParent().resolve("fenghuang.jsa");

        for (List<String> words : List.of(List.<String>of(), List.of("--site", "https://a.example/", "--open", "3"),
                List.of("--lang", "en", "read", "1"), List.of("--site", "sections"), List.of("--offline", "--site"))) {
            assertThat(run(launcher, jdk("17.0.15"), null, null, words)).as("%s", words).contains(reader)
                    .doesNotContain(whole);
        }
        for (List<String> words : List.of(List.of("--site", "https://a.example/", "sections"),
                List.of("--demo", "forum"), List.of("thread", "1"), List.of("--account", "read", "serve-ssh"))) {
            assertThat(run(launcher, jdk("17.0.15"), null, null, words)).as("%s", words).contains(whole)
                    .doesNotContain(reader);
        }
        Path older = dir.resolve("older");
        Files.createDirectories(older);
        Files.move(launcher.getParent(), older.resolve("target"));
        Files.delete(older.resolve("target/fenghuang-reader.jsa"));
        assertThat(run(older.resolve("target/fenghuang"), jdk("17.0.15"), null)).anyMatch(a -> a.startsWith(
                "-XX:SharedArchiveFile=") && a.endsWith("/fenghuang.jsa"));
    }

    /**
     * serve-ssh holds a reader for each session: under one reader's 64 MB heap, 50 moderators' sessions ran out of
     * memory (SshLoadBenchmarkTest with the launcher's flags). It keeps the JVM's own heap size and young generation,
     * and the rest of a client's flags; the user's options still come last.
     */
    @Test
    void serveSshIsNotHeldToOneReadersHeap() throws Exception {
        Path launcher = build("fenghuang.jsa");

        for (List<String> words : List.of(List.of("serve-ssh"), List.of("--site", "https://a.example/", "serve-ssh",
                "--port", "2222"))) {
            List<String> args = run(launcher, jdk("17.0.15"), "-Xmx1g", null, words);
            assertThat(args).as("%s", words).doesNotContain("-Xmx64m", "-Xmn2m")
                    .contains("-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=20", "-Xmx1g", "serve-ssh");
        }
        assertThat(run(launcher, jdk("17.0.15"), null, null, List.of("--site", "https://a.example/")))
                .contains("-Xmx64m", "-Xmn2m");
    }

    /** Freed native memory is trimmed on the JDKs that have the flag (17.0.9+, 21.0.1+, 22+); others would not start. */
    @Test
    void nativeMemoryIsTrimmedOnlyWhereTheJdkKnowsTheFlag() throws Exception {
        Path launcher = build("fenghuang.jsa");

        for (String version : List.of("17.0.9", "17.0.15", "21.0.1", "22", "25.0.3")) {
            assertThat(run(launcher, jdk(version), null)).as(version)
                    .anyMatch(a -> a.startsWith("-XX:TrimNativeHeapInterval="));
        }
        for (String version : List.of("17.0.8", "17", "21", "19.0.2")) {
            assertThat(run(launcher, jdk(version), null)).as(version)
                    .noneMatch(a -> a.startsWith("-XX:TrimNativeHeapInterval="));
        }
    }

    /**
     * Issue 13's resident memory: the JVM touches each Java thread's stack a shadow zone below its deepest frame (20
     * pages on Linux x64, sized for the old socket code's 64 KB stack buffer). The launcher keeps the JVM's floor of
     * 10, 40 KB less resident for each Java thread; the user's own value wins.
     */
    @Test
    void eachThreadsStackShadowZoneIsTheJvmsFloor() throws Exception {
        Path launcher = build("fenghuang.jsa");

        assertThat(run(launcher, jdk("17.0.15"), null)).contains("-XX:StackShadowPages=10");
        List<String> args = run(launcher, jdk("25.0.3"), "-XX:StackShadowPages=20");
        assertThat(args.lastIndexOf("-XX:StackShadowPages=20")).isGreaterThan(args.indexOf("-XX:StackShadowPages=10"));
    }

    /**
     * The launcher's shadow zone holds the native code a reader runs, run from the deepest frame a thread's stack
     * allows ({@link NativeAtStackEndProcess} under the launcher's stack, collector and compiler flags): native code
     * that needs more dies on the guard pages, as a probe that adds a deeply nested SQLite expression shows.
     */
    @Test
    void theShadowZoneHoldsWhatAReaderRunsInNativeCodeAtTheStacksEnd() throws Exception {
        List<String> flags = run(build("fenghuang.jsa"), jdk("17.0.15"), null).stream()
                .filter(a -> a.startsWith("-Xss") || a.startsWith("-XX:StackShadowPages=")
                        || a.equals("-XX:+UseSerialGC") || a.startsWith("-XX:TieredStopAtLevel=")
                        || a.startsWith("-XX:CompileThresholdScaling="))
                .toList();
        assertThat(flags).contains("-Xss512k", "-XX:StackShadowPages=10");

        Probe reader = probe(flags);
        assertThat(reader.exit()).as(reader.out()).isZero();
        assertThat(reader.out()).contains("native rounds at the stack's end: 3");
        Probe deeper = probe(flags, "-Dnest=300");
        assertThat(deeper.exit()).as(deeper.out()).isGreaterThan(128); // killed by a signal
        assertThat(deeper.out()).doesNotContain("native rounds");
    }

    private record Probe(int exit, String out) {
    }

    private Probe probe(List<String> flags, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=" + dir.resolve("hs_err.log")));
        command.addAll(flags);
        command.addAll(List.of(more));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeAtStackEndProcess.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Probe(p.exitValue(), out);
    }
}
