package dev.fenghuang.tui;

import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Texts;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** What views may ask of the reader around them. Called on the UI thread. */
public interface Ui {
    PortalReader reader();

    Texts texts();

    LineBreaker breaker();

    RowPainter painter();

    TuiOptions options();

    /** Runs a request off the UI thread with the spinner on; its result comes back on the UI thread. */
    default <T> void load(Callable<T> request, Consumer<T> done) {
        load(request, done, () -> { });
    }

    /**
     * The same; {@code dropped} runs instead when the load is cancelled before it answers (a q or Esc while it
     * runs), so that what waited for it can ask again when it is shown again.
     */
    <T> void load(Callable<T> request, Consumer<T> done, Runnable dropped);

    /**
     * Runs a request without the spinner, its result or error coming back on the UI thread whatever happens
     * meanwhile (an article's images: Esc does not drop them, and a failure is shown in place, not as a message).
     */
    <T> void quietly(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs a request whose result nobody waits for (prefetching); errors are only logged. */
    void prefetch(Callable<?> request);

    void open(View view);

    /** Leaves the current view; at the first one, quits. */
    void back();

    /** Shows a one-line message in the status bar until the next key. */
    void message(String text);

    /** Tells the screen that the body rows moved by {@code lines} (positive: content moves up). */
    void scrolled(int lines);

    /** Columns the body has now. */
    int bodyWidth();

    /** Rows the body has now. */
    int bodyHeight();

    /** Tells the reader an article was shown for the first time (a saved draft is then offered). */
    default void articleShown(long aid) {
    }
}
