package dev.fenghuang.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as the program shows and keeps them, written and read digit by digit: the same text as
 * {@code DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")} and its kin, and {@code LocalDateTime.parse} of what
 * {@code LocalDateTime.toString} writes. The formatter's class, once loaded, makes all its ISO and RFC formats (~30
 * classes, each resident in the reader's class-data archive, issue 13); it is used here only for what the digits do
 * not cover (years before 1 or after 9999, ISO text not written by {@code toString}), and then gives the same answer.
 */
public final class TimeText {
    private TimeText() {
    }

    /** {@code yyyy-MM-dd}. */
    public static String day(LocalDateTime t) {
        if (!fourDigitYear(t)) {
            return Formats.DAY.format(t);
        }
        return date(new StringBuilder(10), t).toString();
    }

    /** {@code yyyy-MM-dd HH:mm}. */
    public static String minute(LocalDateTime t) {
        if (!fourDigitYear(t)) {
            return Formats.MINUTE.format(t);
        }
        StringBuilder s = date(new StringBuilder(16), t).append(' ');
        return twoDigits(twoDigits(s, t.getHour()).append(':'), t.getMinute()).toString();
    }

    /** {@code HH:mm}. */
    public static String clock(LocalDateTime t) {
        StringBuilder s = new StringBuilder(5);
        return twoDigits(twoDigits(s, t.getHour()).append(':'), t.getMinute()).toString();
    }

    /** Appends {@code yyyy-MM-dd HH:mm:ss.SSS}. */
    public static void appendMillis(StringBuilder s, LocalDateTime t) {
        if (!fourDigitYear(t)) {
            Formats.MILLIS.formatTo(t, s);
            return;
        }
        date(s, t).append(' ');
        twoDigits(twoDigits(twoDigits(s, t.getHour()).append(':'), t.getMinute()).append(':'), t.getSecond());
        int millis = t.getNano() / 1_000_000;
        s.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10));
    }

    /**
     * What {@code LocalDateTime.parse} reads from this text: {@code uuuu-MM-ddTHH:mm}, with seconds and 3, 6 or 9
     * digits of fraction as {@code toString} writes them, read here; any other text read by {@code parse} itself.
     */
    public static LocalDateTime parseIso(CharSequence text) {
        int n = text.length();
        if ((n == 16 || n == 19 || n == 23 || n == 26 || n == 29) && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && (n == 16 || text.charAt(16) == ':')
                && (n <= 19 || text.charAt(19) == '.')) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = n == 16 ? 0 : digits(text, 17, 19);
            int fraction = n <= 19 ? 0 : digits(text, 20, n);
            for (int i = n; i < 29 && n > 19; i++) {
                fraction *= 10;
            }
            if ((year | month | day | hour | minute | second | fraction) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, fraction);
                } catch (DateTimeException outOfRange) {
                    // parse says why, in its own words
                }
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The number these ASCII digits make, or -1 when one is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean fourDigitYear(LocalDateTime t) {
        return t.getYear() >= 1 && t.getYear() <= 9999;
    }

    private static StringBuilder date(StringBuilder s, LocalDateTime t) {
        int y = t.getYear();
        s.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10));
        twoDigits(s, y % 100).append('-');
        return twoDigits(twoDigits(s, t.getMonthValue()).append('-'), t.getDayOfMonth());
    }

    private static StringBuilder twoDigits(StringBuilder s, int value) {
        return s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The formatters, made only for a year the digits do not cover. */
    private static final class Formats {
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    }
}
