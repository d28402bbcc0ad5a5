package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartupWarmerTest {
    /**
     * Caffeine's first cache of the memory cache's shape costs ~15 ms of CPU (java.util.logging set up for its logger,
     * the process's first string concatenation linked, the class of that shape looked up): the warmer pays it, so
     * the main thread building the cache loads nothing.
     */
    @Test
    void afterTheWarmerTheMemoryCacheIsBuiltWithoutLoadingAClass() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), StartupWarmerProcess.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        int building = lines.indexOf(StartupWarmerProcess.BUILDING);
        int built = lines.indexOf(StartupWarmerProcess.BUILT);
        assertThat(building).isNotNegative();
        assertThat(lines.subList(building + 1, built)).isEmpty();
    }
}
