package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Loggers asked of the JDK (Caffeine's) write to this program's log, not through java.util.logging to stderr. */
class PlatformLogFinderTest {
    @Test
    void theJdkFindsThisProgramsFinder() {
        assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(PlatformLogFinder.class);
        assertThat(System.getLogger("dev.fenghuang.platform.any").getName()).isEqualTo("dev.fenghuang.platform.any");
    }

    @Test
    void aMessageReachesTheLogAtItsLevelWithItsParametersAndCause() {
        Logger logback = (Logger) LoggerFactory.getLogger("dev.fenghuang.platform.test");
        logback.setLevel(Level.WARN);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logback.addAppender(seen);
        try {
            System.Logger logger = System.getLogger("dev.fenghuang.platform.test");
            IllegalStateException cause = new IllegalStateException("loader failed");
            logger.log(System.Logger.Level.WARNING, "Exception thrown during refresh", cause);
            logger.log(System.Logger.Level.ERROR, "{0} of {1}", 3, "caches");
            logger.log(System.Logger.Level.INFO, "not at WARN");
            assertThat(logger.isLoggable(System.Logger.Level.TRACE)).isFalse();
            assertThat(logger.isLoggable(System.Logger.Level.INFO)).isFalse();
            assertThat(logger.isLoggable(System.Logger.Level.WARNING)).isTrue();
            assertThat(logger.isLoggable(System.Logger.Level.OFF)).isFalse();
            assertThat(seen.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.WARN, "Exception thrown during refresh"),
                            org.assertj.core.groups.Tuple.tuple(Level.ERROR, "3 of caches"));
            assertThat(seen.list.get(0).getThrowableProxy().getMessage()).isEqualTo("loader failed");
        } finally {
            logback.detachAppender(seen);
            logback.setLevel(null);
        }
    }

    /**
     * Below INFO nothing is written, whatever the log's level, as under java.util.logging's defaults: the JDK's HTTP
     * server (the demo portal's) writes each request line, a form hash in its query, at DEBUG.
     */
    @Test
    void nothingBelowInfoReachesTheLogEvenAtTrace() {
        Logger logback = (Logger) LoggerFactory.getLogger("com.sun.net.httpserver");
        logback.setLevel(Level.TRACE);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logback.addAppender(seen);
        try {
            System.Logger logger = System.getLogger("com.sun.net.httpserver");
            logger.log(System.Logger.Level.DEBUG, "GET /member.php?formhash=f0e1d2c3");
            logger.log(System.Logger.Level.TRACE, "request line {0}", "formhash=f0e1d2c3");
            logger.log(System.Logger.Level.INFO, "started");
            assertThat(logger.isLoggable(System.Logger.Level.DEBUG)).isFalse();
            assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("started");
        } finally {
            logback.detachAppender(seen);
            logback.setLevel(null);
        }
    }
}
