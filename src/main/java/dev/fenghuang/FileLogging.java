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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

/**
 * Logging goes to {@code $XDG_STATE_HOME/fenghuang/fenghuang.log}, never to the terminal: the TUI owns the screen
 * and the CLI's stdout carries data. Configured in code rather than logback.xml because parsing XML at start-up
 * costs more than the rest of a cold {@code read}. A {@code logback-test.xml} on the class path (tests) wins.
 * Level: {@code FENGHUANG_LOG_LEVEL} (default INFO). Nothing logged may carry a password or a cookie value: the
 * HttpClient loggers that quote cookies or whole messages are off, and the log is private (directory 0700, file
 * 0600, whatever the umask).
 */
public final class FileLogging extends ContextAwareBase implements Configurator {
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /**
     * HttpClient's loggers that write secrets: a rejected {@code Set-Cookie} is quoted whole at WARN, the cookies
     * sent and every header and byte at DEBUG.
     */
    static final List<String> SECRET_LOGGERS = List.of(
            "org.apache.hc.client5.http.protocol.ResponseProcessCookies",
            "org.apache.hc.client5.http.protocol.RequestAddCookies",
            "org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (getClass().getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Level level = Level.toLevel(System.getenv().getOrDefault("FENGHUANG_LOG_LEVEL", "INFO")
                .toUpperCase(Locale.ROOT), Level.INFO);
        configureInto(context, XdgDirs.fromEnvironment().state().resolve("fenghuang.log"), level);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends everything at {@code level} and above to {@code file}, made private first. */
    static void configureInto(LoggerContext context, Path file, Level level) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        context.getLogger("org.apache.hc").setLevel(Level.WARN);
        SECRET_LOGGERS.forEach(name -> context.getLogger(name).setLevel(Level.OFF));
        try {
            preparePrivately(file);
        } catch (IOException | UnsupportedOperationException e) {
            root.setLevel(Level.OFF); // no private place to write: stay silent rather than print
            return;
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
    }

    /**
     * Makes the log's directory 0700 and the log 0600 before the appender opens it (it would create the file
     * with the process umask), and moves a log over {@link #MAX_BYTES} aside.
     */
    private static void preparePrivately(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
