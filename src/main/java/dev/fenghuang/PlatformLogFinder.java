package dev.fenghuang;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@link System#getLogger} loggers write (found by the JDK's service loader): to this program's log, through
 * SLF4J, at INFO and above. Caffeine asks for one when its first cache is made; without a finder of its own the JDK set up
 * java.util.logging for it (its log manager, levels and handlers: ~45 classes in every read and reader, each kept in
 * the reader's class-data archive, issue 13), whose messages went to stderr, the reader's screen.
 */
public final class PlatformLogFinder extends System.LoggerFinder {
    @Override
    public System.Logger getLogger(String name, Module module) {
        return new ToLog(name);
    }

    /** A logger that finds its SLF4J logger at its first use, not when made: logging may not be set up yet. */
    static final class ToLog implements System.Logger {
        private final String name;
        private volatile Logger log;

        ToLog(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        /**
         * INFO and above only, as java.util.logging's default configuration let through: below it, the JDK's own
         * loggers write what must not reach a log (its HTTP server, the demo portal's, writes each request line with
         * its query, a form hash among it, at DEBUG).
         */
        @Override
        public boolean isLoggable(Level level) {
            Logger l = log();
            return switch (level) {
                case ALL, TRACE, DEBUG -> false;
                case INFO -> l.isInfoEnabled();
                case WARNING -> l.isWarnEnabled();
                case ERROR -> l.isErrorEnabled();
                case OFF -> false;
            };
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                write(level, localized(bundle, msg), thrown);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String text = localized(bundle, format);
                write(level, params == null || params.length == 0 ? text : MessageFormat.format(text, params), null);
            }
        }

        private void write(Level level, String text, Throwable thrown) {
            Logger l = log();
            switch (level) {
                case INFO -> l.info(text, thrown);
                case WARNING -> l.warn(text, thrown);
                default -> l.error(text, thrown);
            }
        }

        private static String localized(ResourceBundle bundle, String key) {
            return bundle != null && key != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        }

        private Logger log() {
            Logger l = log;
            if (l == null) {
                l = LoggerFactory.getLogger(name);
                log = l;
            }
            return l;
        }
    }
}
