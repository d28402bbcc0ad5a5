package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program's first run on a fresh home makes its state directory private from the start: there is nothing
 * to repair, so it says nothing about modes.
 */
class FreshStateIT {
    @TempDir
    Path home;

    @Test
    void aFirstRunMakesThePrivateStateDirectoryWithoutComplaint() throws Exception {
        String jar = BuiltProgram.jar().toString();
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", jar, "--site", portal.baseUrl().toString(), "whoami")).redirectErrorStream(true);
            pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
            pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).doesNotContain("mode is now");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("state/fenghuang"))))
                .isEqualTo("rwx------");
    }
}
