package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UI thread's queue: what runs before a frame is drawn and what after (issue 13: the first frame goes first). */
class EventsTest {
    private final Events events = new Events();
    private final List<String> done = new ArrayList<>();

    @Test
    void anActionWaitingForAFrameRunsAfterTheFrameOfItsSettle() throws Exception {
        events.afterFrameWhenIdle(() -> done.add("asked"));
        events.post(() -> done.add("page"));

        events.settle(() -> false, () -> done.add("frame"));

        assertThat(done).containsExactly("page", "frame", "asked");
    }

    @Test
    void anActionWaitingForIdleStillRunsBeforeTheFrame() throws Exception {
        events.whenIdle(() -> done.add("moved"));
        events.post(() -> done.add("page"));

        events.settle(() -> false, () -> done.add("frame"));

        assertThat(done).containsExactly("page", "moved", "frame");
    }

    @Test
    void anActionWaitingForAFrameWaitsWhileARequestRuns() throws Exception {
        events.afterFrameWhenIdle(() -> done.add("asked"));
        events.post(() -> done.add("page"));

        events.settle(() -> true, () -> done.add("frame"));
        assertThat(done).containsExactly("page", "frame");

        events.post(() -> done.add("answer"));
        events.settle(() -> false, () -> done.add("frame"));
        assertThat(done).containsExactly("page", "frame", "answer", "frame", "asked");
    }

    @Test
    void whatTheActionPostsIsDrawnInTheSameSettle() throws Exception {
        events.afterFrameWhenIdle(() -> events.post(() -> done.add("answer")));

        events.settle(() -> false, () -> done.add("frame"));

        assertThat(done).containsExactly("frame", "answer", "frame");
    }
}
