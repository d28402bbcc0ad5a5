package dev.fenghuang.tui;

import dev.fenghuang.tui.term.UnknownCsiPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The input thread: polls the screen for keys and hands each to the UI loop. It polls rather than blocks so that,
 * while another program (the external editor) owns the terminal, it can stand aside and take no key from it. A
 * control sequence nobody knows ({@link UnknownCsiPattern}) goes no further.
 */
public final class KeyReader {
    private final Screen screen;
    private final Consumer<KeyStroke> keys;
    private final Runnable broken;
    private final BooleanSupplier running;
    private volatile boolean paused;

    /**
     * @param keys gets every key, on the input thread
     * @param broken runs when the terminal cannot be read any more
     */
    KeyReader(Screen screen, Consumer<KeyStroke> keys, Runnable broken, BooleanSupplier running) {
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
                KeyStroke k = paused ? null : screen.pollInput();
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
