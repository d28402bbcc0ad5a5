package dev.fenghuang.tui.term;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * The job-control signals of this process: SIGTSTP (Ctrl-Z at the shell) and SIGCONT ({@code fg}, {@code bg}) are
 * caught, so that the terminal is given back before the process stops; stopping itself is a SIGSTOP, which no one
 * can catch.
 */
public final class ProcessSignals {
    private static final Logger log = LoggerFactory.getLogger(ProcessSignals.class);

    private ProcessSignals() {
    }

    /** Runs {@code suspend} on SIGTSTP (instead of stopping) and {@code continued} on SIGCONT. */
    public static void catchJobControl(Runnable suspend, Runnable continued) {
        handle("TSTP", suspend);
        handle("CONT", continued);
    }

    /**
     * Stops this process until a SIGCONT; returns once it runs again. The JVM raises only signals it handles, so
     * {@code kill} sends it; the waiting thread stops with the rest.
     */
    public static void stopThisProcess() {
        try {
            new ProcessBuilder("kill", "-STOP", String.valueOf(ProcessHandle.current().pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void handle(String name, Runnable action) {
        try {
            Signal.handle(new Signal(name), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException refused) {
            log.debug("cannot catch SIG{}: {}", name, refused.toString());
        }
    }
}
