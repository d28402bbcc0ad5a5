package dev.fenghuang;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import dev.fenghuang.model.TimeText;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One line of the log, as logback's pattern {@code %d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} -
 * %msg%n} writes it, a stack trace after it: written here because logback's pattern layout, built at start-up,
 * loads its dozens of converters and makes a lambda for each (tens of milliseconds of a cold start, hundreds on a
 * loaded machine) to write these five fields.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {
    private static final int LOGGER_LENGTH = 24;

    private final ZoneId zone;
    private final TargetLengthBasedClassNameAbbreviator abbreviator =
            new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);

    LogLine() {
        this(ZoneId.systemDefault());
    }

    LogLine(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        TimeText.appendMillis(line, Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone).toLocalDateTime());
        String level = event.getLevel().toString();
        line.append(' ').append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
        line.append(" [").append(event.getThreadName()).append("] ");
        line.append(abbreviator.abbreviate(event.getLoggerName())).append(" - ");
        line.append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }
}
