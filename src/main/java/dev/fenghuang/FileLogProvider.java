package dev.fenghuang;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.core.CoreConstants;

/**
 * Logback for this program's own process: its context set up by {@link FileLogging} directly, instead of by
 * logback's {@code ContextInitializer}, which looks for configurators with a service loader, checks versions and
 * writes the time each took as status text (its first string concatenation: about 25 ms of CPU in every start).
 * SLF4J is pointed at it by {@link #useForThisProcess} (its {@code slf4j.provider} property), which also spares SLF4J
 * the search for providers. A {@code logback-test.xml} on the class path (tests) is read by logback as before.
 */
public final class FileLogProvider extends LogbackServiceProvider {
    static final String PROVIDER_PROPERTY = "slf4j.provider";
    static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

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
            super.initialize();
            return;
        }
        LoggerContext context = (LoggerContext) getLoggerFactory();
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(getMDCAdapter());
        FileLogging.configureFromEnvironment(context);
        context.start();
    }
}
