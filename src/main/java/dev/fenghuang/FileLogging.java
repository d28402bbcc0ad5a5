package dev.fenghuang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.fenghuang.app.XdgDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Logging goes to {@code $XDG_STATE_HOME/fenghuang/fenghuang.log}, never to the terminal: the TUI owns the screen
 * and the CLI's stdout carries data. Configured in code rather than logback.xml because parsing XML at start-up
 * costs more than the rest of a cold {@code read}. A {@code logback-test.xml} on the class path (tests) wins.
 * Level: {@code FENGHUANG_LOG_LEVEL} (default INFO). Nothing logged may carry a password or a cookie value.
 */
public final class FileLogging extends ContextAwareBase implements Configurator {
    static final long MAX_BYTES = 4L * 1024 * 1024;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (getClass().getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path file = XdgDirs.fromEnvironment().state().resolve("fenghuang.log");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv().getOrDefault("FENGHUANG_LOG_LEVEL", "INFO")
                .toUpperCase(Locale.ROOT), Level.INFO));
        context.getLogger("org.apache.hc").setLevel(Level.WARN);
        try {
            Files.createDirectories(file.getParent(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling("fenghuang.log.1"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            root.setLevel(Level.OFF); // no writable state directory: stay silent rather than print
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
