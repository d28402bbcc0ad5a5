package dev.fenghuang.tui.term;

import dev.fenghuang.tui.KeyReader;
import dev.fenghuang.tui.LoopParts;
import dev.fenghuang.tui.image.FramePictures;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Gives the terminal away and takes it back: to the external editor, and to the shell on Ctrl-Z until {@code fg}.
 * While it is away no key is read and no picture stays on it; once back, the whole screen is drawn again.
 */
public final class TerminalHandover {
    private final Screen screen;
    private final KeyReader keys;
    private final FramePictures pictures;
    private final LoopParts parts;
    private final Runnable repaintAll;
    private final Consumer<Exception> failed;

    public TerminalHandover(Screen screen, KeyReader keys, FramePictures pictures, LoopParts parts, Runnable repaintAll,
                     Consumer<Exception> failed) {
        this.screen = screen;
        this.keys = keys;
        this.pictures = pictures;
        this.parts = parts;
        this.repaintAll = repaintAll;
        this.failed = failed;
    }

    /**
     * Runs {@code work} with the terminal given away: the screen is stopped and no key is read meanwhile; afterwards
     * the screen starts again and is drawn whole.
     */
    public <T> T suspended(Callable<T> work) throws Exception {
        keys.pause(true);
        pictures.clear();
        screen.stopScreen();
        try {
            return work.call();
        } finally {
            screen.startScreen();
            parts.resumed().run();
            keys.pause(false);
            repaintAll.run();
        }
    }

    /**
     * Ctrl-Z: the alternate screen is left, the cursor shown and the terminal's modes given back before the process
     * stops; once continued ({@code fg}) the reader takes the terminal again and draws the whole screen.
     */
    public void suspendToShell() {
        if (!parts.jobs().available()) {
            return;
        }
        try {
            suspended(() -> {
                if (screen instanceof TerminalScreen shown) {
                    shown.getTerminal().setCursorVisible(true);
                    shown.getTerminal().flush();
                }
                parts.jobs().suspend();
                return null;
            });
        } catch (Exception e) {
            failed.accept(e);
        }
    }

    /**
     * The process runs again after a stop from outside (SIGCONT): the terminal's modes are taken again and the screen
     * drawn whole. The continue that ends a Ctrl-Z finds both done already.
     */
    public void continued() {
        try {
            if (!parts.jobs().continued()) {
                return;
            }
            parts.resumed().run();
        } catch (IOException e) {
            failed.accept(e);
        }
        repaintAll.run();
    }
}
