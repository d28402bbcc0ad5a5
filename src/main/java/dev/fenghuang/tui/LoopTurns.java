package dev.fenghuang.tui;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The UI loop's turns: what runs next, how long the loop waits for it, and when a frame is drawn (the first one,
 * the one after a batch of events, the spinner's on an idle turn). A session with nothing running never wakes.
 */
final class LoopTurns {
    /** How often the loop turns while a timer waits or a request runs: the spinner's pace. */
    private static final Duration TICK = Duration.ofMillis(120);
    /**
     * How long the first frame waits for the first view's load: a page the store or memory holds comes back sooner
     * (20-60 ms after the loop starts on an idle machine, up to ~150 ms on a busy one), and a frame of the empty view
     * drawn just before it would be work the first frame waits for (issue 13). A page from the site takes longer: its
     * spinner's frame comes this much later than it did.
     */
    private static final Duration FIRST_CONTENT = Duration.ofMillis(150);
    /**
     * How long the frame after a key waits for the answer of a read the key started for a view with nothing to show
     * yet (a new article): an answer within it shows in one frame, without a frame of the blank view and its spinner
     * just before (a whole frame's work, and a flicker); a slower one shows the spinner this much later, under the
     * tenth of a second in which a wait starts to be noticed.
     */
    private static final Duration LOADING_FRAME = Duration.ofMillis(80);
    /** How often the first frame's wait looks whether the first page has gone to the site. */
    private static final Duration FETCH_LOOK = Duration.ofMillis(5);

    private final Events events;
    private final Requests requests;
    private final Timers timers;
    private final Spinner spinner;
    private final Supplier<View> current;
    private final Events.Drawing frame;
    private final Drawing drawing;
    private final Runnable readsDone;
    private final BooleanSupplier prepareWhileFetching;

    /**
     * @param current the view shown
     * @param frame draws a frame of it
     * @param drawing tells whether the terminal changed size since the last frame
     * @param readsDone runs after a frame drawn with no read running (the store gets what was held for it)
     * @param prepareWhileFetching when a page is on its way from the site, sets up what reading it needs, on this
     *     thread; true once it has (it does so once)
     */
    LoopTurns(Events events, Requests requests, Timers timers, Spinner spinner, Supplier<View> current,
              Events.Drawing frame, Drawing drawing, Runnable readsDone, BooleanSupplier prepareWhileFetching) {
        this.events = events;
        this.requests = requests;
        this.timers = timers;
        this.spinner = spinner;
        this.current = current;
        this.frame = frame;
        this.drawing = drawing;
        this.readsDone = readsDone;
        this.prepareWhileFetching = prepareWhileFetching;
    }

    /** Turns until quit: the first frame, then each event or idle turn and the frame after it. */
    void run() throws IOException, InterruptedException {
        firstFrame(FIRST_CONTENT);
        while (events.running()) {
            turn();
        }
    }

    /** One turn: the next event (a key, an answer) and the frame after it, or the idle turn. */
    void turn() throws IOException, InterruptedException {
        Runnable event = events.next(idleWait());
        if (event == null) {
            idle();
        } else {
            event.run();
            awaitBlankView(LOADING_FRAME);
            settle();
        }
    }

    /**
     * Draws the first frame once the view's first load (started now if its first draw would start it) came back, or a
     * key came, or {@code wait} passed, whichever is first: a page read from the store is shown in the first frame
     * rather than after a frame of the empty view; a slow one after a frame with the spinner, as before.
     */
    void firstFrame(Duration wait) throws IOException, InterruptedException {
        current.get().beforeFirstDraw();
        Runnable first = requests.busy() ? firstAnswer(wait) : null;
        if (first == null) {
            frame.draw();
            return;
        }
        first.run();
        settle();
    }

    /**
     * The first event within {@code wait}, most often the first view's answer. Meanwhile, once its page is seen on
     * its way from the site, this thread, idle until it comes, sets up what reading it needs (~8 ms of a cold
     * process's processor), which the page's thread would otherwise do after it came (issue 13: the first frame of
     * an article from the site, two runs of 40 each, alternating: 189 -> 186 ms and 192 -> 187 ms). A page the store or
     * memory holds never goes to the site, and is not kept waiting for it.
     */
    private Runnable firstAnswer(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean prepared = false;
        while (true) {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            Runnable next = events.next(Duration.ofMillis(prepared ? left : Math.min(left, FETCH_LOOK.toMillis())));
            if (next != null || System.nanoTime() >= deadline) {
                return next;
            }
            prepared = prepared || prepareWhileFetching.getAsBoolean();
        }
    }

    /**
     * When the event just run left a read running for a view with nothing to show yet, waits up to {@code wait} for
     * the next event (most often the read's answer; a key comes through as well) and runs it, so that the frame after
     * shows the page rather than the blank view with the spinner; otherwise returns at once.
     */
    void awaitBlankView(Duration wait) throws InterruptedException {
        if (requests.busy() && current.get().blank()) {
            Runnable next = events.next(wait);
            if (next != null) {
                next.run();
            }
        }
    }

    /**
     * How long the loop waits for an event before its idle turn: a tick while a timer waits or a request runs (the
     * spinner, a countdown); otherwise null, until something comes (a key, an answer, a resize each post one), so that
     * an idle session never wakes.
     */
    Duration idleWait() {
        return timers.pending() || requests.busy() ? TICK : null;
    }

    /** What the loop does when no key or answer came for a while: timers, the spinner, a resize. */
    void idle() throws IOException {
        if (timers.fire() || timers.pending()) {
            settle();
        } else if (requests.busy()) {
            spinner.advance();
            frame.draw();
        } else if (drawing.resized()) {
            frame.draw();
        }
    }

    /** Runs every queued event, then draws; again if drawing started work that already finished. */
    void settle() throws IOException {
        events.settle(requests::busy, frame);
        if (!requests.busy()) {
            readsDone.run();
        }
    }
}
