package dev.fenghuang.demo.page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times the way the site prints them: UTC+8, unpadded date, format {@code Y-n-j H:i}. */
public final class PrintedTime {
    public static final ZoneOffset SITE_ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-M-d HH:mm");
    private static final DateTimeFormatter ATTACHMENT_DIR = DateTimeFormatter.ofPattern("yyyyMM/dd/HHmmss");

    private PrintedTime() {
    }

    /** Unix seconds of a site-local time. */
    public static long unix(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).toEpochSecond(SITE_ZONE);
    }

    /** Format {@code dt}: {@code 2016-11-6 15:20}. */
    public static String dateTime(long unix) {
        return DATE_TIME.format(Instant.ofEpochSecond(unix).atOffset(SITE_ZONE));
    }

    /**
     * Format {@code u} of 1.8 on a PC page: within today {@code 刚刚}, {@code N&nbsp;秒前}, {@code N&nbsp;分钟前},
     * {@code 半小时前}, {@code N&nbsp;小时前}; {@code 昨天&nbsp;H:i}, {@code 前天&nbsp;H:i}; 3 to 7 calendar days
     * {@code N&nbsp;天前}; each wrapped in {@code <span title="Y-n-j H:i">}; older or future times absolute.
     */
    static String relative(long unix, long now) {
        long diff = now - unix;
        java.time.LocalDate day = Instant.ofEpochSecond(unix).atOffset(SITE_ZONE).toLocalDate();
        java.time.LocalDate today = Instant.ofEpochSecond(now).atOffset(SITE_ZONE).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(day, today);
        String clock = DateTimeFormatter.ofPattern("HH:mm").format(Instant.ofEpochSecond(unix).atOffset(SITE_ZONE));
        String text;
        if (diff < 0 || days > 7) {
            return dateTime(unix);
        } else if (days == 0) {
            text = diff > 3600 ? diff / 3600 + "&nbsp;小时前" : diff > 1800 ? "半小时前"
                    : diff > 60 ? diff / 60 + "&nbsp;分钟前" : diff > 0 ? diff + "&nbsp;秒前" : "刚刚";
        } else if (days <= 2) {
            text = (days == 1 ? "昨天" : "前天") + "&nbsp;" + clock;
        } else {
            text = days + "&nbsp;天前";
        }
        return "<span title=\"" + dateTime(unix) + "\">" + text + "</span>";
    }

    /** The {@code YYYYMM/DD/HHMMSS} part of a portal attachment path. */
    public static String attachmentStem(long unix) {
        return ATTACHMENT_DIR.format(Instant.ofEpochSecond(unix).atOffset(SITE_ZONE));
    }
}
