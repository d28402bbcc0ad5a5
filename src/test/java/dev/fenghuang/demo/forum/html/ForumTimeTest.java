package dev.fenghuang.demo.forum.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ForumTimeTest {
    private static long at(int day, int hour, int minute, int second) {
        return LocalDateTime.of(2026, 12, day, hour, minute, second).toEpochSecond(ZoneOffset.ofHours(8));
    }

    @Test
    void relativeTimesCarryTheCallersAbsoluteFormatInTheirTitle() {
        long now = at(6, 9, 5, 0);
        assertThat(ForumTime.relative(at(6, 9, 2, 0), now, ForumTime.SECONDS))
                .isEqualTo("<span title=\"2026-12-6 09:02:00\">3&nbsp;分钟前</span>");
        assertThat(ForumTime.relative(at(6, 8, 30, 0), now, ForumTime.MINUTES))
                .isEqualTo("<span title=\"2026-12-6 08:30\">半小时前</span>");
        assertThat(ForumTime.relative(at(5, 20, 0, 0), now, ForumTime.MINUTES))
                .isEqualTo("<span title=\"2026-12-5 20:00\">昨天&nbsp;20:00</span>");
        assertThat(ForumTime.relative(at(2, 20, 0, 0), now, ForumTime.DATE)).isEqualTo("<span title=\"2026-12-2\">4&nbsp;天前</span>");
        assertThat(ForumTime.relative(now, now, ForumTime.MINUTES)).isEqualTo("<span title=\"2026-12-6 09:05\">刚刚</span>");
    }

    @Test
    void olderAndFutureTimesAreAbsoluteInTheCallersFormat() {
        long now = at(16, 9, 0, 0);
        assertThat(ForumTime.relative(at(1, 9, 3, 0), now, ForumTime.DATE)).isEqualTo("2026-12-1");
        assertThat(ForumTime.relative(at(1, 9, 3, 0), now, ForumTime.MINUTES)).isEqualTo("2026-12-1 09:03");
        assertThat(ForumTime.relative(now + 60, now, ForumTime.SECONDS)).isEqualTo("2026-12-16 09:01:00");
    }
}
