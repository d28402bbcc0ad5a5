package dev.fenghuang.tui;

import java.io.IOException;
import java.time.Duration;
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

    private final Events events;
    private final Requests requests;
    private final Timers timers;
    private final Spinner spinner;
    private final Supplier<View> current;
    private final Events.Drawing frame;
    private final Drawing drawing;
    private final Runnable readsDone;

    /**
     * @param current the view shown
     * @param frame draws a frame of it
     * @param drawing tells whether the terminal changed size since the last frame
     * @param readsDone runs after a frame drawn with no read running (the store gets what was held for it)
     */
    LoopTurns(Events events, Requests requests, Timers timers, Spinner spinner, Supplier<View> current,
              Events.Drawing frame, Drawing drawing, Runnable readsDone) {
        this.events = events;
        this.requests = requests;
        this.timers = timers;
        this.spinner = spinner;
        this.current = current;
        this.frame = frame;
        this.drawing = drawing;
        this.readsDone = readsDone;
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
        Runnable first = requests.busy() ? events.next(wait) : null;
        if (first == null) {
            frame.draw();
            return;
        }
        first.run();
        settle();
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
