package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoPortal;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What the tests of a cold start run and read: {@code read 1} in a JVM of its own, and the libraries' own jars. */
final class ChildRead {
    private ChildRead() {
    }

    /**
     * What a child JVM, started with {@code launch} (its options, then {@code -cp … Main} or {@code -jar …}), printed
     * running {@code read 1} on {@code portal} with its folders under {@code home} and the log at {@code logLevel};
     * it must end in time, with status 0, having printed the article.
     */
    static String output(Path home, DemoPortal portal, List<String> launch, String logLevel) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of("--site", portal.baseUrl().toString(), "--lang", "en", "read", "1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME",
                home.resolve("state").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString(), "LC_ALL",
                "C.UTF-8", "FENGHUANG_LOG_LEVEL", logLevel));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        return out;
    }

    /** The lines of {@code -Xlog:class+load} output that load {@code className}. */
    static List<String> loaded(String out, String className) {
        return out.lines().filter(l -> l.contains("[class,load] " + className + " ")).toList();
    }

    /**
     * A loader of the library jar {@code name}-VERSION.jar on the test class path, alone: the class path's first copy
     * of one of its classes may be the built jar's (the whole-jar tests run with the jar ahead of the libraries).
     */
    static URLClassLoader libraryJar(String name) throws IOException {
        Path jar = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "-[0-9.]+\\.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " jar on the class path"));
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
