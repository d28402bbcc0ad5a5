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

    /** The pattern {@code absolute} read every text with before it read the common forms by hand: the reference. */
    private static LocalDateTime byPattern(String text) {
        if (text == null || text.length() < 8) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]"
                + "\\s*(\\d{1,2})日?(?:\\s*(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?").matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return date.atStartOfDay();
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Titles as Discuz writes them and near misses, read by hand, give what the pattern gives. */
    @Test
    void theCommonFormsReadByHandGiveWhatThePatternGives() {
        String[] fixed = {"2026-11-16 11:20:00", "2026-11-16 11:20", "2026-9-24", "2026-9-4 9:05", "2026-11-16 11:20:",
            "2026-11-16  11:20", "2026-11-16 111:20", "2026-13-40", "2026-1-1 25:00", "12026-11-16", "2026-111-16",
            "2026-11-163", "2026-11-16日", "2026-11-16 11:20:5x", "2026/11/16 11:20", "2026-11-16 x", "2026-02-30"};
        for (String text : fixed) {
            assertThat(DiscuzTime.absolute(text)).as(text).isEqualTo(byPattern(text));
        }
        java.util.Random random = new java.util.Random(20261206);
        String[] parts = {"2026", "1", "11", "123", "-", "-", " ", "  ", ":", "0", "59", "日", "x", "/", "9"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder("2026-");
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String written = text.toString();
            assertThat(DiscuzTime.absolute(written)).as(written).isEqualTo(byPattern(written));
        }
    }

    @Test
    void toldWithoutThePatternOnlyWhereThePatternFindsNothing() {
        java.util.Random random = new java.util.Random(10);
        String alphabet = "0123456789-/.年月日: \u00a0天前秒分钟小时刚昨\u0663\uff11x";
        int withYear = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();
            boolean found = DiscuzTime.ABSOLUTE.matcher(sample).find();
            assertThat(found && !DiscuzTime.hasYear(sample)).as(sample).isFalse();
            withYear += DiscuzTime.hasYear(sample) ? 1 : 0;
        }
        assertThat(DiscuzTime.hasYear("3 天前")).isFalse();
        assertThat(DiscuzTime.hasYear("\u0663\u0663\u0663\u0663-1-1")).isFalse();
        assertThat(DiscuzTime.hasYear("渠县 2016-11-6")).isTrue();
        assertThat(withYear).isGreaterThan(1000);
    }
}
