package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FileLogProviderTest {
    /** stderr is the reader's screen: SLF4J's warning about calls logged during its set-up must not land there. */
    @Test
    void slf4jSaysNothingOnStderrWhenAThreadLogsWhileLoggingIsSetUp() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                LoggingRaceProcess.class.getName()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(out).doesNotContain("SLF4J");
    }
}
