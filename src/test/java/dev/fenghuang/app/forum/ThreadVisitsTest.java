package dev.fenghuang.app.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visits behind the forum's unread markers: kept across runs, junk lines skipped, the oldest forgotten first. */
class ThreadVisitsTest {
    @TempDir
    Path dir;

    @Test
    void aVisitIsKeptForTheNextRun() {
        Path file = dir.resolve("site/forum-visits");
        ThreadVisits first = new ThreadVisits(file);
        assertThat(first.replies(1)).isEmpty();
        first.visited(1, 64);
        first.visited(7, 3);
        first.visited(1, 65);
        ThreadVisits next = new ThreadVisits(file);
        assertThat(next.replies(1)).hasValue(65);
        assertThat(next.replies(7)).hasValue(3);
        assertThat(next.replies(8)).isEmpty();
    }

    @Test
    void anOwnReplyCountsAsSeenOnlyForAThreadVisitedBefore() {
        Path file = dir.resolve("site/forum-visits");
        ThreadVisits visits = new ThreadVisits(file);
        visits.visited(1, 64);
        visits.replied(1);
        visits.replied(9);
        ThreadVisits next = new ThreadVisits(file);
        assertThat(next.replies(1)).hasValue(65);
        assertThat(next.replies(9)).isEmpty();
    }

    @Test
    void anOwnDeletedReplyIsOneReplyLessSeenAndNeverBelowNone() {
        Path file = dir.resolve("site/forum-visits");
        ThreadVisits visits = new ThreadVisits(file);
        visits.visited(1, 65);
        visits.deleted(1);
        visits.visited(2, 0);
        visits.deleted(2);
        visits.deleted(9);
        ThreadVisits next = new ThreadVisits(file);
        assertThat(next.replies(1)).hasValue(64);
        assertThat(next.replies(2)).hasValue(0);
        assertThat(next.replies(9)).isEmpty();
    }

    @Test
    void aStateDirectoryThatCannotBeWrittenKeepsTheVisitForThisRun() throws Exception {
        Path blocked = dir.resolve("file-not-dir");
        Files.writeString(blocked, "");
        ThreadVisits visits = new ThreadVisits(blocked.resolve("forum-visits"));
        visits.visited(1, 64);
        assertThat(visits.replies(1)).hasValue(64);
    }

    @Test
    void linesThatAreNotTwoNumbersAreSkipped() throws Exception {
        Path file = dir.resolve("forum-visits");
        Files.write(file, List.of("1 5", "cookie=abc", "2 x", "99999999999999999999999 1", "-3 4", "4 6"));
        ThreadVisits visits = new ThreadVisits(file);
        assertThat(visits.replies(1)).hasValue(5);
        assertThat(visits.replies(4)).hasValue(6);
        assertThat(visits.replies(2)).isEmpty();
    }

    @Test
    void theThreadVisitedLongestAgoIsForgottenFirst() throws Exception {
        Path file = dir.resolve("forum-visits");
        StringBuilder many = new StringBuilder();
        for (int tid = 1; tid <= ThreadVisits.MOST; tid++) {
            many.append(tid).append(" 1\n");
        }
        Files.writeString(file, many);
        ThreadVisits visits = new ThreadVisits(file);
        visits.visited(1, 2);
        visits.visited(ThreadVisits.MOST + 1, 1);
        assertThat(visits.replies(1)).hasValue(2);
        assertThat(visits.replies(2)).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(ThreadVisits.MOST);
    }
}
