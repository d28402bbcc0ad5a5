package dev.fenghuang.demo.forum.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Forum times as {@code dgmdate()} prints them (1.8): UTC+8, unpadded dates, and the relative form {@code u} whose
 * {@code span} title holds the absolute time in the caller's format — {@code Y-n-j} for a thread's start date,
 * {@code Y-n-j H:i} for last posts, {@code Y-n-j H:i:s} for post times.
 */
public final class ForumTime {
    private static final ZoneOffset SITE_ZONE = ZoneOffset.ofHours(8);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-M-d");
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-M-d HH:mm");
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-M-d HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ForumTime() {
    }

    static String format(long unix, DateTimeFormatter format) {
        return format.format(Instant.ofEpochSecond(unix).atOffset(SITE_ZONE));
    }

    /** {@code Y-n-j H:i}. */
    public static String minutes(long unix) {
        return format(unix, MINUTES);
    }

    /** True when the time falls on the site's today. */
    public static boolean today(long unix, long now) {
        return day(unix).equals(day(now));
    }

    /** The first second of the site's day that {@code unix} falls on. */
    public static long dayStart(long unix) {
        return day(unix).atStartOfDay().toEpochSecond(SITE_ZONE);
    }

    private static LocalDate day(long unix) {
        return Instant.ofEpochSecond(unix).atOffset(SITE_ZONE).toLocalDate();
    }

    /**
     * The {@code u} form: within today {@code 刚刚}, {@code N&nbsp;秒前}, {@code N&nbsp;分钟前}, {@code 半小时前},
     * {@code N&nbsp;小时前}; {@code 昨天&nbsp;H:i}, {@code 前天&nbsp;H:i}; 3 to 7 calendar days {@code N&nbsp;天前};
     * each in {@code <span title="ABSOLUTE">}; older or future times the bare absolute form.
     */
    public static String relative(long unix, long now, DateTimeFormatter titleFormat) {
        long diff = now - unix;
        long days = ChronoUnit.DAYS.between(day(unix), day(now));
        if (diff < 0 || days > 7) {
            return format(unix, titleFormat);
        }
        String text;
        if (days == 0) {
            text = diff > 3600 ? diff / 3600 + "&nbsp;小时前" : diff > 1800 ? "半小时前"
                    : diff > 60 ? diff / 60 + "&nbsp;分钟前" : diff > 0 ? diff + "&nbsp;秒前" : "刚刚";
        } else if (days <= 2) {
            text = (days == 1 ? "昨天" : "前天") + "&nbsp;" + format(unix, CLOCK);
        } else {
            text = days + "&nbsp;天前";
        }
        return "<span title=\"" + format(unix, titleFormat) + "\">" + text + "</span>";
    }
}
