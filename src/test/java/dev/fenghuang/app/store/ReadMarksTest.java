package dev.fenghuang.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.store.MarkKeeper;
import dev.fenghuang.store.ReadMark;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReadMarksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    /** A keeper over a map, as the store keeps marks. */
    private static final class MapKeeper implements MarkKeeper {
        final Map<String, ReadMark> kept = new HashMap<>();
        int writes;

        @Override
        public Optional<ReadMark> mark(String kind, long id) {
            return Optional.ofNullable(kept.get(kind + id));
        }

        @Override
        public void keep(String kind, long id, ReadMark mark) {
            writes++;
            kept.put(kind + id, mark);
        }
    }

    @Test
    void anArticleNeverOpenedIsUnreadWithNoNewComments() {
        ReadMarks marks = ReadMarks.inMemory(CLOCK);
        assertThat(marks.state(8, OptionalLong.of(4))).isEqualTo(new ReadState(false, 0));
        assertThat(marks.state(8, OptionalLong.of(4)).unread()).isTrue();
    }

    @Test
    void anOpenedArticleIsReadAndCountsTheCommentsAddedSince() {
        ReadMarks marks = ReadMarks.inMemory(CLOCK);
        marks.opened(8, 4);
        assertThat(marks.state(8, OptionalLong.of(4))).isEqualTo(new ReadState(true, 0));
        assertThat(marks.state(8, OptionalLong.of(6))).isEqualTo(new ReadState(true, 2));
        assertThat(marks.state(8, OptionalLong.of(6)).unread()).isTrue();
        assertThat(marks.state(8, OptionalLong.empty())).isEqualTo(new ReadState(true, 0));
        assertThat(marks.state(8, OptionalLong.of(3))).as("a comment deleted").isEqualTo(new ReadState(true, 0));
    }

    @Test
    void anArticleMarkedReadUnopenedTakesTheFirstCountSeenAsItsStart() {
        ReadMarks marks = ReadMarks.inMemory(CLOCK);
        marks.markedRead(8, OptionalLong.empty());
        assertThat(marks.state(8, OptionalLong.empty())).isEqualTo(new ReadState(true, 0));
        assertThat(marks.state(8, OptionalLong.of(5))).isEqualTo(new ReadState(true, 0));
        assertThat(marks.state(8, OptionalLong.of(7))).isEqualTo(new ReadState(true, 2));
    }

    @Test
    void marksLastInTheKeeperAndAreFoundThereByTheNextRun() {
        MapKeeper keeper = new MapKeeper();
        ReadMarks.over(keeper, CLOCK).opened(8, 4);
        assertThat(keeper.kept).containsKey("article8");
        assertThat(ReadMarks.over(keeper, CLOCK).state(8, OptionalLong.of(5))).isEqualTo(new ReadState(true, 1));
    }

    @Test
    void aKeeperThatKeepsNothingLeavesTheMarksInMemoryForTheRun() {
        ReadMarks marks = ReadMarks.over(MarkKeeper.NONE, CLOCK);
        marks.opened(8, 4);
        assertThat(marks.state(8, OptionalLong.of(4))).isEqualTo(new ReadState(true, 0));
    }

    @Test
    void theReadersOwnCommentOnAReadArticleIsNotNew() {
        ReadMarks marks = ReadMarks.inMemory(CLOCK);
        marks.opened(8, 4);
        marks.commented(8);
        assertThat(marks.state(8, OptionalLong.of(5))).isEqualTo(new ReadState(true, 0));
        marks.commented(9);
        assertThat(marks.mark(9)).as("an article never read stays unread").isEmpty();
    }

    @Test
    void everyChangeOfAMarkIsCounted() {
        ReadMarks marks = ReadMarks.inMemory(CLOCK);
        long before = marks.changes();
        marks.opened(8, 4);
        assertThat(marks.changes()).isGreaterThan(before);
    }

    @Test
    void openingAReadArticleAgainWithNoNewCommentWritesNothing() {
        MapKeeper keeper = new MapKeeper();
        ReadMarks marks = ReadMarks.over(keeper, CLOCK);
        marks.opened(8, 4);
        long changes = marks.changes();

        marks.opened(8, 4);

        assertThat(keeper.writes).as("the store's writes (one on the UI thread before each frame)").isEqualTo(1);
        assertThat(marks.changes()).as("nothing a list shows changed").isEqualTo(changes);
        marks.opened(8, 6);
        assertThat(keeper.writes).as("a new comment count is kept").isEqualTo(2);
        assertThat(marks.state(8, OptionalLong.of(6))).isEqualTo(new ReadState(true, 0));
    }

    /**
     * A long session's read marks: with a store, memory holds the marks used last and no more (it held every article
     * ever opened or shown in a list, for the whole run); the others are answered from the store.
     */
    @Test
    void withAStoreTheMarksHeldInMemoryAreBoundedAndTheRestComeFromTheStore() {
        MapKeeper keeper = new MapKeeper();
        ReadMarks marks = ReadMarks.over(keeper, CLOCK);

        for (long aid = 1; aid <= 10_000; aid++) {
            marks.opened(aid, 4);
        }

        assertThat(marks.held()).isLessThanOrEqualTo(ReadMarks.HELD);
        assertThat(marks.state(1, OptionalLong.of(6))).isEqualTo(new ReadState(true, 2));
        assertThat(marks.state(10_000, OptionalLong.of(4))).isEqualTo(new ReadState(true, 0));
        assertThat(marks.state(10_001, OptionalLong.of(4))).isEqualTo(new ReadState(false, 0));
    }

    /** Without a store memory is the only place a mark is, so none is let go. */
    @Test
    void withoutAStoreEveryMarkIsHeld() {
        ReadMarks marks = ReadMarks.inMemory(CLOCK);

        for (long aid = 1; aid <= ReadMarks.HELD + 10; aid++) {
            marks.opened(aid, 4);
        }

        assertThat(marks.held()).isEqualTo(ReadMarks.HELD + 10);
        assertThat(marks.state(1, OptionalLong.of(4))).isEqualTo(new ReadState(true, 0));
    }
}
