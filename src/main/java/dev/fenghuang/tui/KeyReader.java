package dev.fenghuang.tui;

import dev.fenghuang.tui.term.UnknownCsiPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The input thread: takes keys from the screen and hands each to the UI loop. On a terminal that may be handed over
 * (to the external editor, to the shell on Ctrl-Z) it polls, so that meanwhile it can stand aside and take no key from
 * it; on a terminal kept for the whole session (an SSH channel) it waits in a read, so that an idle session costs no
 * CPU. A control sequence nobody knows ({@link UnknownCsiPattern}) goes no further.
 */
public final class KeyReader {
    private final Screen screen;
    private final Consumer<KeyStroke> keys;
    private final Runnable broken;
    private final BooleanSupplier running;
    private final boolean terminalKept;
    private volatile boolean paused;

    /**
     * @param keys gets every key, on the input thread
     * @param broken runs when the terminal cannot be read any more
     * @param terminalKept whether nothing ever takes the terminal away (then {@link #pause} is never asked for): the
     *                     thread waits in a blocking read instead of polling every 10 ms
     */
    KeyReader(Screen screen, Consumer<KeyStroke> keys, Runnable broken, BooleanSupplier running,
              boolean terminalKept) {
        this.terminalKept = terminalKept;
        this.screen = screen;
        this.keys = keys;
        this.broken = broken;
        this.running = running;
    }

    void start() {
        Thread input = new Thread(this::read, "fenghuang-input");
        input.setDaemon(true);
        input.start();
    }

    /** Stops taking keys (true) or takes them again (false). */
    public void pause(boolean pause) {
        paused = pause;
    }

    private void read() {
        try {
            while (running.getAsBoolean()) {
                KeyStroke k = terminalKept ? screen.readInput() : paused ? null : screen.pollInput();
                if (k == null) {
                    Thread.sleep(10);
                    continue;
                }
                if (k.getKeyType() == KeyType.Unknown) {
                    continue;
                }
                keys.accept(k);
                if (k.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (IOException e) {
            broken.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
