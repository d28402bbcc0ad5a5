package dev.fenghuang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.fenghuang.app.FileGuard;
import dev.fenghuang.app.XdgDirs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Logging goes to {@code $XDG_STATE_HOME/fenghuang/fenghuang.log}, never to the terminal: the TUI owns the screen
 * and the CLI's stdout carries data. Configured in code rather than logback.xml because parsing XML at start-up
 * costs more than the rest of a cold {@code read}. A {@code logback-test.xml} on the class path (tests) wins.
 * Level: {@code FENGHUANG_LOG_LEVEL} (default INFO). Nothing logged may carry a password or a cookie value: the
 * HttpClient loggers that quote cookies or whole messages are off, and the log is private (directory 0700, file
 * 0600, whatever the umask). A log directory or log that is a symbolic link or another user's is not touched: then
 * nothing is logged at all.
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

    /**
     * Loggers whose level is set apart from the root's, by name (a logger under one, {@code name.…}, takes its
     * level): HttpClient's at WARN, those of them that write secrets not at all.
     */
    static final Map<String, Level> SET_APART = setApart();

    private static Map<String, Level> setApart() {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put("org.apache.hc", Level.WARN);
        SECRET_LOGGERS.forEach(name -> levels.put(name, Level.OFF));
        return Collections.unmodifiableMap(levels);
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configuredElsewhere()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureFromEnvironment(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether logback is to read a configuration of its own instead: a {@code logback-test.xml} on the class path. */
    static boolean configuredElsewhere() {
        return FileLogging.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    /** The log file in the state folder, at the level {@code FENGHUANG_LOG_LEVEL} names (INFO when unset). */
    static void configureFromEnvironment(LoggerContext context) {
        configureInto(context, fileFromEnvironment(), levelFromEnvironment());
    }

    /** The log file: {@code fenghuang.log} in the state folder. */
    static Path fileFromEnvironment() {
        return XdgDirs.fromEnvironment().state().resolve("fenghuang.log");
    }

    /** The level {@code FENGHUANG_LOG_LEVEL} names; INFO when it is unset or names none. */
    static Level levelFromEnvironment() {
        return Level.toLevel(System.getenv().getOrDefault("FENGHUANG_LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT),
                Level.INFO);
    }

    /** The level logger {@code name} has in the log {@link #configureInto} sets up at {@code root}. */
    static Level levelOf(String name, Level root) {
        String closest = null;
        for (String apart : SET_APART.keySet()) {
            if ((name.equals(apart) || name.startsWith(apart + "."))
                    && (closest == null || apart.length() > closest.length())) {
                closest = apart;
            }
        }
        return closest == null ? root : SET_APART.get(closest);
    }

    /** Sends everything at {@code level} and above to {@code file}, made private first. */
    static void configureInto(LoggerContext context, Path file, Level level) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        SET_APART.forEach((name, apart) -> context.getLogger(name).setLevel(apart));
        OutputStream out;
        try {
            preparePrivately(file);
            out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            root.setLevel(Level.OFF); // no private place to write: stay silent rather than print
            return;
        }
        LogLine line = new LogLine();
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        root.addAppender(appender);
    }

    /**
     * Checks the log's directory and the log as found, without following links (the state check of
     * {@link FileGuard}, before anything is created or changed): a link or another user's directory or file is
     * refused. Then makes the directory 0700 and the log 0600 (the umask would decide otherwise), and moves a log
     * over {@link #MAX_BYTES} aside.
     */
    private static void preparePrivately(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        FileGuard guard = FileGuard.forThisUser(notice -> { });
        guard.directory(dir, dir);
        guard.file(file);
        BasicFileAttributes found = lstat(file);
        if (found != null && found.size() > MAX_BYTES) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING,
                    LinkOption.NOFOLLOW_LINKS);
            found = null;
        }
        if (found == null) { // O_EXCL: a link put here meanwhile makes this fail rather than be followed
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            guard.file(file);
        }
    }

    private static BasicFileAttributes lstat(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
