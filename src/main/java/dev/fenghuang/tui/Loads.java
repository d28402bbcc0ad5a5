package dev.fenghuang.tui;

import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The views' reads ({@link Ui#load}): what a view shows changes only when its read succeeds. A failure leaves the
 * screen as it was (a view opened for the read and still blank is left again), is told whole with the key that
 * tries the same read again, and is kept for that key while the view it failed on is shown.
 */
final class Loads {
    private final Requests requests;
    private final Tabs tabs;
    private final Texts texts;
    private final KeyMap keys;
    private final Consumer<String> error;
    private final FailedLoad failedLoad = new FailedLoad();

    /** @param error shows an error in the status bar */
    Loads(Requests requests, Tabs tabs, Texts texts, KeyMap keys, Consumer<String> error) {
        this.requests = requests;
        this.tabs = tabs;
        this.texts = texts;
        this.keys = keys;
        this.error = error;
    }

    /** Runs a read; {@code dropped} runs if a cancel drops it before it answers. */
    <T> void load(Callable<T> request, Consumer<T> done, Runnable dropped) {
        requests.run(request, value -> {
            failedLoad.forget();
            done.accept(value);
        }, e -> {
            Runnable comeBack = tabs.leaveIfBlank();
            failedLoad.failed(tabs.current(), () -> {
                comeBack.run();
                load(request, done, dropped);
            });
            error.accept(FailedLoad.told(Problem.of(e, texts).message(), texts, keys.keys(KeyAction.RELOAD)));
        }, dropped);
    }

    /** Tries the last failed read again if it failed on the view shown now; false when there is none. */
    boolean retry() {
        return failedLoad.retry(tabs.current());
    }
}
