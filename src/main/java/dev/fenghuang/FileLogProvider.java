package dev.fenghuang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's provider for this program's own process: loggers that know their levels at once and open the log, a
 * logback context set up by {@link FileLogging} directly, at the first line written ({@link FileLoggers}). Logback's
 * own provider would make its context as it is made, and its {@code ContextInitializer} looks for configurators with
 * a service loader, checks versions and writes the time each took as status text (its first string concatenation:
 * about 25 ms of CPU in every start). SLF4J is pointed at it by {@link #useForThisProcess} (its {@code slf4j.provider}
 * property), which also spares SLF4J the search for providers. A {@code logback-test.xml} on the class path (tests)
 * is read by logback's provider as before.
 */
public final class FileLogProvider implements SLF4JServiceProvider {
    static final String PROVIDER_PROPERTY = "slf4j.provider";
    static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private FileLoggers loggers;
    /** Logback's own provider, when a configuration of its own is on the class path. */
    private SLF4JServiceProvider elsewhere;

    /**
     * Makes SLF4J use this provider in this process unless another was named. Called before the first logger is
     * asked for. SLF4J's notes about itself are kept to errors, unless their level was chosen: they go to stderr,
     * which the terminal reader's screen is drawn on. Left alone, SLF4J says there at INFO that it loads a named
     * provider, and warns whenever a thread logged while another was setting logging up (the calls are kept and
     * written to the log once it is).
     */
    static void useForThisProcess() {
        if (System.getProperty(VERBOSITY_PROPERTY) == null) {
            System.setProperty(VERBOSITY_PROPERTY, "ERROR");
        }
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, FileLogProvider.class.getName());
        }
    }

    @Override
    public void initialize() {
        if (FileLogging.configuredElsewhere()) {
            elsewhere = new LogbackServiceProvider();
            elsewhere.initialize();
            return;
        }
        Level level = FileLogging.levelFromEnvironment();
        // a class, not a method reference: linking one would load logback's context class, which a start that
        // logs nothing never needs
        loggers = new FileLoggers(level, new Supplier<>() {
            @Override
            public LoggerContext get() {
                return openLog(FileLogging.fileFromEnvironment(), level);
            }
        });
    }

    /** The log {@code file} at {@code level}, in a logback context of its own. */
    static LoggerContext openLog(Path file, Level level) {
        LoggerContext context = new LoggerContext();
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(new LogbackMDCAdapter());
        FileLogging.configureInto(context, file, level);
        context.start();
        return context;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return elsewhere != null ? elsewhere.getLoggerFactory() : loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return elsewhere != null ? elsewhere.getMarkerFactory() : markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return elsewhere != null ? elsewhere.getMDCAdapter() : mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return LogbackServiceProvider.REQUESTED_API_VERSION;
    }
}
