package dev.fenghuang.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * A screen that gives the terminal plain attributes (SGR 0) before it scrolls. Lanterna applies a scroll hint at
 * the start of a refresh, while the colours of the last cell drawn (the status bar's blue) are still set; xterm and
 * tmux fill the rows scrolled in with that background, and the cells the delta then skips, being blank on both
 * sides, would stay blue.
 */
final class ScrollSafeScreen extends TerminalScreen {
    private boolean scrollPending;

    ScrollSafeScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    @Override
    public synchronized void scrollLines(int firstLine, int lastLine, int distance) {
        super.scrollLines(firstLine, lastLine, distance);
        scrollPending = true;
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (scrollPending) {
            scrollPending = false;
            getTerminal().resetColorAndSGR();
        }
        super.refresh(refreshType);
    }
}
