package dev.fenghuang.tui;

import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.tui.term.JobControl;
import java.time.InstantSource;
import java.util.concurrent.Executor;

/**
 * What the loop needs from outside.
 *
 * @param clock the time for countdowns
 * @param editor the external editor ($VISUAL, $EDITOR)
 * @param resumed what to do after the screen is started again (the real terminal turns flow control off)
 * @param jobs suspending to the shell (Ctrl-Z) and coming back
 */
public record LoopParts(Executor worker, BrowserOpener browser, Clipboard clipboard, InstantSource clock,
                 ExternalEditor editor, Runnable resumed, JobControl jobs) {
    public LoopParts(Executor worker, BrowserOpener browser, Clipboard clipboard, InstantSource clock,
              ExternalEditor editor, Runnable resumed) {
        this(worker, browser, clipboard, clock, editor, resumed, JobControl.NONE);
    }

    public LoopParts(Executor worker, BrowserOpener browser, Clipboard clipboard) {
        this(worker, browser, clipboard, InstantSource.system(), ExternalEditor.from(System.getenv()), () -> { });
    }
}
