package dev.fenghuang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Marker;
import org.slf4j.helpers.AbstractLogger;

/**
 * One of this process's loggers ({@link FileLoggers}): it knows its level without the log, and opens the log only
 * when it has a line to write there, which it then hands to logback's logger of its name.
 */
final class FileLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    /** The frames of logging calls end with SLF4J's: what follows is the caller. */
    private static final String FQCN = AbstractLogger.class.getName();

    private final transient int threshold;
    private final transient FileLoggers log;
    private transient volatile ch.qos.logback.classic.Logger target;

    FileLogger(String name, Level level, FileLoggers log) {
        this.name = name;
        this.threshold = level.toInt();
        this.log = log;
    }

    private boolean enabled(org.slf4j.event.Level level) {
        return Level.fromLocationAwareLoggerInteger(level.toInt()).toInt() >= threshold;
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(org.slf4j.event.Level.TRACE);
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(org.slf4j.event.Level.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(org.slf4j.event.Level.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(org.slf4j.event.Level.WARN);
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(org.slf4j.event.Level.ERROR);
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return FQCN;
    }

    /** Called by SLF4J for an enabled level only: the line goes to the log, opened now if it is not yet. */
    @Override
    protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, Marker marker, String messagePattern,
                                               Object[] arguments, Throwable throwable) {
        ch.qos.logback.classic.Logger to = target;
        if (to == null) {
            LoggerContext context = log.opened();
            if (context == null) {
                return; // logged while the log is being opened, by what opens it
            }
            to = context.getLogger(name);
            target = to;
        }
        to.log(marker, FQCN, level.toInt(), messagePattern, arguments, throwable);
    }
}
