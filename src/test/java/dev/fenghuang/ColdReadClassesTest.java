package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold {@code read AID} loads none of what it used to make on its way to the page and does not need (issue 13):
 * picocli's model of the command line, java.net.IDN for an ASCII host, a SecureRandom for drafts never written,
 * and the method handles of a record's generated methods.
 */
class ColdReadClassesTest {
    private static final List<String> NOT_LOADED = List.of("picocli.CommandLine$Model$CommandSpec", "java.net.IDN",
            "java.security.SecureRandom", "java.lang.runtime.ObjectMethods");

    @TempDir
    Path home;

    @Test
    void aColdReadLoadsNothingItCanDoWithout() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            read(portal); // the first run puts SQLite's library in place, naming a temporary file at random
            String out = read(portal);
            for (String name : NOT_LOADED) {
                assertThat(out.lines().filter(l -> l.contains("[class,load] " + name + " "))).as(name).isEmpty();
            }
        }
    }

    /** What a child JVM running {@code read 1} printed, the classes it loaded among it. */
    private String read(DemoPortal portal) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--site", portal.baseUrl().toString(),
                "--lang", "en", "read", "1").redirectErrorStream(true);
        builder.environment().putAll(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME",
                home.resolve("state").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString(), "LC_ALL",
                "C.UTF-8"));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        return out;
    }
}
