package dev.fenghuang.tui.term;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the terminal's XON/XOFF flow control off, so Ctrl-S reaches the editor instead of freezing the output.
 * Lanterna saved the terminal's settings before and puts them all back on exit, flow control included.
 */
public final class FlowControl {
    private static final Logger log = LoggerFactory.getLogger(FlowControl.class);

    private FlowControl() {
    }

    /**
     * Turns flow control off each time the screen starts again (after the editor, after Ctrl-Z), but not when it
     * first starts: {@link JobControlTerminal} took the terminal with flow control off.
     */
    public static Runnable offWhenRestarted() {
        return exceptTheFirstRun(FlowControl::off);
    }

    /** Runs {@code action} on every run but the first. */
    static Runnable exceptTheFirstRun(Runnable action) {
        AtomicBoolean first = new AtomicBoolean(true);
        return () -> {
            if (!first.getAndSet(false)) {
                action.run();
            }
        };
    }

    public static void off() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return;
        }
        try {
            Process p = new ProcessBuilder("stty", "-ixon").redirectInput(tty)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor();
        } catch (IOException e) {
            log.debug("cannot turn flow control off: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
