package dev.fenghuang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Path;

/** Run by {@link FileLoggingTest} in a JVM of its own: configures the log file named by the only argument, logs once. */
final class FileLoggingProcess {
    private FileLoggingProcess() {
    }

    public static void main(String[] args) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's service provider gives its context
        FileLogging.configureInto(context, Path.of(args[0]), Level.INFO);
        context.getLogger("dev.fenghuang.Main").info("started {}", 1);
        context.stop();
    }
}
