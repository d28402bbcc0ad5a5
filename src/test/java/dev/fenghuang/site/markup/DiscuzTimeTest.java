package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DiscuzTimeTest {
    /** 2016-12-06 12:00 in UTC+8. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2016-12-06T04:00:00Z"), DiscuzTime.SITE_ZONE);
    private static final LocalDateTime NOW = LocalDateTime.of(2016, 12, 6, 12, 0);

    @Test
    void readsUnpaddedDatesWithAndWithoutTime() {
        assertThat(DiscuzTime.parse("2016-11-6 15:20", NOON)).isEqualTo(LocalDateTime.of(2016, 11, 6, 15, 20));
        assertThat(DiscuzTime.parse("2016-11-6", NOON)).isEqualTo(LocalDateTime.of(2016, 11, 6, 0, 0));
        assertThat(DiscuzTime.parse("2016-11-06 09:05:07", NOON)).isEqualTo(LocalDateTime.of(2016, 11, 6, 9, 5, 7));
    }

    @Test
    void findsTheTimeInsideOtherText() {
        assertThat(DiscuzTime.parse("渠县 2016-11-6 15:20", NOON)).isEqualTo(LocalDateTime.of(2016, 11, 6, 15, 20));
    }

    @Test
    void computesRelativeFormsAgainstTheClock() {
        assertThat(DiscuzTime.parse("刚刚", NOON)).isEqualTo(NOW);
        assertThat(DiscuzTime.parse("5\u00a0秒前", NOON)).isEqualTo(NOW.minusSeconds(5));
        assertThat(DiscuzTime.parse("3 分钟前", NOON)).isEqualTo(NOW.minusMinutes(3));
        assertThat(DiscuzTime.parse("半小时前", NOON)).isEqualTo(NOW.minusMinutes(30));
        assertThat(DiscuzTime.parse("2&nbsp;小时前".replace("&nbsp;", "\u00a0"), NOON)).isEqualTo(NOW.minusHours(2));
        assertThat(DiscuzTime.parse("昨天\u00a015:20", NOON)).isEqualTo(LocalDateTime.of(2016, 12, 5, 15, 20));
        assertThat(DiscuzTime.parse("前天 08:01", NOON)).isEqualTo(LocalDateTime.of(2016, 12, 4, 8, 1));
        assertThat(DiscuzTime.parse("4 天前", NOON)).isEqualTo(NOW.minusDays(4));
    }

    @Test
    void prefersTheAbsoluteTitleOfARelativeSpan() {
        var span = Jsoup.parse("<p>发表于 <span title=\"2016-12-6 11:57:03\">3&nbsp;分钟前</span></p>").selectFirst("p");
        assertThat(DiscuzTime.of(span, NOON)).isEqualTo(LocalDateTime.of(2016, 12, 6, 11, 57, 3));
    }

    @Test
    void givesNullForTextWithoutTimeOrImpossibleDates() {
        assertThat(DiscuzTime.parse("没有时间", NOON)).isNull();
        assertThat(DiscuzTime.parse("2016-13-45 10:00", NOON)).isNull();
        assertThat(DiscuzTime.of(null, NOON)).isNull();
    }
}
