package dev.fenghuang;

import ch.qos.logback.classic.spi.LogbackServiceProvider;
import org.slf4j.LoggerFactory;

/**
 * Run by {@link FileLogProviderTest} in a JVM of its own, as {@link Main} starts: logging is set up on one thread
 * while another logs meanwhile, which SLF4J notices and, left alone, warns about on stderr.
 */
final class LoggingRaceProcess {
    private LoggingRaceProcess() {
    }

    /** Logback's provider, set up while a thread of its own logs. */
    public static final class LoggedDuringSetUp extends LogbackServiceProvider {
        @Override
        public void initialize() {
            Thread other = new Thread(() -> LoggerFactory.getLogger("dev.fenghuang.Main").info("during set-up"));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.initialize();
        }
    }

    public static void main(String[] args) {
        FileLogProvider.useForThisProcess();
        System.setProperty(FileLogProvider.PROVIDER_PROPERTY, LoggedDuringSetUp.class.getName());
        LoggerFactory.getLogger("dev.fenghuang.Main").info("after set-up");
    }
}
