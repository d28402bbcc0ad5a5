package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The process's loggers answer their levels without the log, and open it at the first line written, once. */
class FileLoggersTest {
    @TempDir
    Path state;

    private final AtomicInteger opened = new AtomicInteger();

    private Supplier<LoggerContext> logTo(Path file, Level root) {
        return () -> {
            opened.incrementAndGet();
            return FileLogProvider.openLog(file, root);
        };
    }

    @Test
    void aLineBelowTheLevelOpensNothingAndTheFirstLineWrittenOpensTheLogOnce() throws Exception {
        Path file = state.resolve("fenghuang/fenghuang.log");
        FileLoggers loggers = new FileLoggers(Level.INFO, logTo(file, Level.INFO));
        Logger log = loggers.getLogger("dev.fenghuang.http.WebClient");
        log.debug("GET {} -> {}", "http://a.example/", 200);
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(loggers.isOpen()).isFalse();
        assertThat(Files.exists(file)).isFalse();

        log.warn("failed {} of {}", 2, 3, new IllegalStateException("boom"));
        loggers.getLogger("dev.fenghuang.Main").info("second");
        assertThat(loggers.isOpen()).isTrue();
        assertThat(opened).hasValue(1);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).endsWith(" WARN  [main] d.f.http.WebClient - failed 2 of 3");
        assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines).anyMatch(l -> l.endsWith(" dev.fenghuang.Main - second")).noneMatch(l -> l.contains("GET"));
    }

    /** The levels are those of the log file: HttpClient's loggers at WARN, those that write secrets not at all. */
    @Test
    void theLoggersHaveTheLevelsTheLogFileGivesThem() {
        FileLoggers loggers = new FileLoggers(Level.DEBUG, logTo(state.resolve("x.log"), Level.DEBUG));
        assertThat(loggers.getLogger("dev.fenghuang.app.PortalReader").isDebugEnabled()).isTrue();
        assertThat(loggers.getLogger("dev.fenghuang.app.PortalReader").isTraceEnabled()).isFalse();
        Logger hc = loggers.getLogger("org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager");
        assertThat(hc.isInfoEnabled()).isFalse();
        assertThat(hc.isWarnEnabled()).isTrue();
        for (String secret : FileLogging.SECRET_LOGGERS) {
            assertThat(loggers.getLogger(secret).isErrorEnabled()).as(secret).isFalse();
            assertThat(loggers.getLogger(secret + ".more").isErrorEnabled()).as(secret).isFalse();
        }
        assertThat(loggers.getLogger("org.apache.hcx").isDebugEnabled()).isTrue(); // not under org.apache.hc
        assertThat(loggers.isOpen()).isFalse();
    }

    @Test
    void theLevelOfALoggerIsTheClosestSetApartAboveIt() {
        assertThat(FileLogging.levelOf("dev.fenghuang.Main", Level.INFO)).isEqualTo(Level.INFO);
        assertThat(FileLogging.levelOf("org.apache.hc", Level.DEBUG)).isEqualTo(Level.WARN);
        assertThat(FileLogging.levelOf("org.apache.hc.client5.http.wire", Level.DEBUG)).isEqualTo(Level.OFF);
        assertThat(FileLogging.levelOf("org.apache.hc.client5.http.wirex", Level.DEBUG)).isEqualTo(Level.WARN);
    }

    /** A line the opening itself logs (through these loggers) is dropped rather than opening the log again. */
    @Test
    void aLineLoggedWhileTheLogOpensIsDroppedNotARecursion() throws Exception {
        Path file = state.resolve("fenghuang.log");
        FileLoggers[] self = new FileLoggers[1];
        Supplier<LoggerContext> open = logTo(file, Level.INFO);
        self[0] = new FileLoggers(Level.INFO, () -> {
            self[0].getLogger("dev.fenghuang.app.FileGuard").warn("while opening");
            return open.get();
        });
        self[0].getLogger("dev.fenghuang.Main").warn("first");
        assertThat(opened).hasValue(1);
        assertThat(Files.readAllLines(file)).hasSize(1).allMatch(l -> l.endsWith(" dev.fenghuang.Main - first"));
    }
}
