package dev.fenghuang.tui.term;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;

/**
 * Ctrl-Z for the reader: gives the terminal's modes back as the shell had them, stops the process the way the shell
 * expects, and once continued ({@code fg}) takes the reader's modes again. The screen itself (alternate screen,
 * cursor, the redraw) is the loop's part, around {@link #suspend()}.
 */
public final class JobControl {
    /** Nothing to suspend (a virtual terminal): Ctrl-Z is ignored. */
    public static final JobControl NONE = new JobControl(null, () -> { });

    /** The terminal's line discipline: as the shell left it, or as the reader wants it. */
    interface Modes {
        /** Line editing, echo, signals and flow control as they were before the reader started. */
        void cooked() throws IOException;

        /** Keys one at a time, no echo, Ctrl-C a key. */
        void raw() throws IOException;
    }

    private final Modes modes;
    private final Runnable stopProcess;
    private boolean resumedItself;

    /**
     * @param modes the terminal's modes, or null when there are none to switch
     * @param stopProcess stops this process until it is continued (SIGSTOP); returns once it runs again
     */
    public JobControl(Modes modes, Runnable stopProcess) {
        this.modes = modes;
        this.stopProcess = stopProcess;
    }

    /** Ctrl-Z as a key: the terminal delivers it when its signal keys (or only susp) are off. */
    public static boolean isSuspendKey(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && !k.isAltDown()
                && Character.toLowerCase(k.getCharacter()) == 'z';
    }

    public boolean available() {
        return modes != null;
    }

    /** Gives the terminal back, stops until continued, then takes it again; the screen must be stopped first. */
    void suspend() throws IOException {
        if (modes == null) {
            return;
        }
        modes.cooked();
        try {
            stopProcess.run();
        } finally {
            modes.raw();
            resumedItself = true;
        }
    }

    /**
     * Takes the reader's modes again after the process was stopped and continued by someone else; after a {@link
     * #suspend()}, which took them itself, the continue signal that follows it changes nothing.
     *
     * @return whether the modes were taken again, so the screen needs drawing whole
     */
    boolean continued() throws IOException {
        if (modes == null) {
            return false;
        }
        if (resumedItself) {
            resumedItself = false;
            return false;
        }
        modes.raw();
        return true;
    }
}
