package dev.fenghuang.demo.forum.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's forum looks alive whenever it starts: each board's recent threads fall on the site's today, so the
 * index shows today's posts beside every board even just after midnight in Beijing (the tests that read those counts
 * failed when run between 00:00 and 01:00 there).
 */
class SeedThreadsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-08T00:00:30+08:00", "2026-12-08T00:05:00+08:00", "2026-12-08T00:40:00+08:00",
            "2026-12-08T12:00:00+08:00", "2026-12-08T23:59:00+08:00"})
    void everyBoardHasPostsOnTheSitesTodayWheneverTheSiteStarts(String at) {
        long now = OffsetDateTime.parse(at).toEpochSecond();
        ForumData data = new ForumData();
        SeedThreads.plant(data, 1L, now);

        for (Board board : data.allBoards()) {
            if (data.listed(board.fid()).isEmpty()) {
                continue;
            }
            assertThat(todaysPosts(data, board.fid(), now)).as("%s at %s", board.name(), at).isPositive();
        }
    }

    @Test
    void theRecentThreadsStayWithinTheLastHour() {
        long now = OffsetDateTime.parse("2026-12-08T12:00:00+08:00").toEpochSecond();
        ForumData data = new ForumData();
        SeedThreads.plant(data, 1L, now);

        assertThat(data.threads()).anyMatch(t -> t.dateline() > now - 3600)
                .allMatch(t -> t.dateline() < now);
    }

    private static int todaysPosts(ForumData data, int fid, long now) {
        int today = 0;
        for (ForumThread thread : data.listed(fid)) {
            for (ForumPost post : thread.visiblePosts()) {
                if (ForumTime.today(post.dateline(), now)) {
                    today++;
                }
            }
        }
        return today;
    }
}
