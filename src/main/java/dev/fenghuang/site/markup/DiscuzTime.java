package dev.fenghuang.site.markup;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Times as Discuz prints them ({@code dgmdate()}): absolute {@code 2016-11-6 15:20}, {@code 2016-11-6},
 * {@code 2016-11-6 15:20:05}, and the relative forms 刚刚, N 秒前, N 分钟前, 半小时前, N 小时前, 昨天 H:i,
 * 前天 H:i, N 天前. All values are the site's local time, without zone.
 */
public final class DiscuzTime {
    /** The default Discuz time zone (UTC+8), used when no clock is given. */
    public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    static final Pattern ABSOLUTE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?(?:\\s*(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?");
    private static final Pattern AGO = Pattern.compile("(\\d+)\\s*(秒|分钟|小时|天)前");
    private static final Pattern DAY_AND_TIME = Pattern.compile("(昨天|前天)\\s*(\\d{1,2}):(\\d{1,2})");

    private DiscuzTime() {
    }

    /**
     * Reads a time element: the absolute value of a {@code span[title]} (the element itself or inside it) wins;
     * otherwise its text. Null element or no time gives null.
     */
    public static LocalDateTime of(Element element, Clock clock) {
        if (element == null) {
            return null;
        }
        Element titled = element.hasAttr("title") ? element : FirstMatch.in(element, "span[title]");
        if (titled != null) {
            LocalDateTime absolute = absolute(titled.attr("title"));
            if (absolute != null) {
                return absolute;
            }
        }
        return parse(element.text(), clock);
    }

    /** Parses the first absolute or relative time in {@code text}; null if there is none. */
    public static LocalDateTime parse(String text, Clock clock) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String plain = text.replace('\u00A0', ' ');
        LocalDateTime absolute = absolute(plain);
        return absolute != null ? absolute : relative(plain, clock);
    }

    /** The first absolute time in {@code text}, or null. A date alone is midnight. */
    public static LocalDateTime absolute(String text) {
        if (text == null || text.length() < 8) {
            return null;
        }
        int[] plain = plainFields(text);
        if (plain != null) {
            return time(plain);
        }
        if (!hasYear(text)) {
            return null;
        }
        Matcher m = ABSOLUTE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return date.atStartOfDay();
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Whether {@code text} holds four ASCII digits in a row, which every match of the absolute pattern starts with
     * (its {@code \\d} is ASCII only): a relative time such as 3 天前 is told without running the pattern.
     */
    static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fields of the whole text as Discuz writes a time in a title, {@code Y-M-D}, {@code Y-M-D H:M} or
     * {@code Y-M-D H:M:S} (one or two digits each but the year's four), without the pattern's matcher: year, month,
     * day, hour (-1 for none), minute, second. Null for any other text, which the pattern reads.
     */
    private static int[] plainFields(String text) {
        int[] fields = new int[6];
        int at = digits(text, 0, 4, fields, 0);
        at = at == 4 && at < text.length() && text.charAt(at) == '-' ? digits(text, at + 1, 2, fields, 1) : -1;
        at = at > 0 && at < text.length() && text.charAt(at) == '-' ? digits(text, at + 1, 2, fields, 2) : -1;
        if (at == text.length()) {
            fields[3] = -1;
            return fields;
        }
        at = at > 0 && text.charAt(at) == ' ' ? digits(text, at + 1, 2, fields, 3) : -1;
        at = at > 0 && at < text.length() && text.charAt(at) == ':' ? digits(text, at + 1, 2, fields, 4) : -1;
        if (at > 0 && at < text.length() && text.charAt(at) == ':') {
            at = digits(text, at + 1, 2, fields, 5);
        }
        return at == text.length() ? fields : null;
    }

    /**
     * Reads from {@code from} a run of ASCII digits, one to {@code most} long (exactly four for the year) and not
     * followed by another digit, into {@code fields[field]}; the index after it, or -1.
     */
    private static int digits(String text, int from, int most, int[] fields, int field) {
        int at = from;
        int value = 0;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            value = value * 10 + text.charAt(at) - '0';
            if (++at - from > most) {
                return -1;
            }
        }
        boolean counted = most == 4 ? at - from == 4 : at > from;
        fields[field] = value;
        return counted ? at : -1;
    }

    private static LocalDateTime time(int[] fields) {
        try {
            LocalDate date = LocalDate.of(fields[0], fields[1], fields[2]);
            return fields[3] < 0 ? date.atStartOfDay() : date.atTime(fields[3], fields[4], fields[5]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A relative form against {@code clock}'s local time, or null. N 天前 keeps the clock's time of day, as the
     * page does not print one.
     */
    static LocalDateTime relative(String text, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (text.contains("刚刚")) {
            return now;
        }
        if (text.contains("半小时前")) {
            return now.minusMinutes(30);
        }
        Matcher day = DAY_AND_TIME.matcher(text);
        if (day.find()) {
            int back = day.group(1).equals("昨天") ? 1 : 2;
            try {
                return now.toLocalDate().minusDays(back)
                        .atTime(Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        Matcher ago = AGO.matcher(text);
        if (!ago.find() || ago.group(1).length() > 6) {
            return null;
        }
        long n = Long.parseLong(ago.group(1));
        switch (ago.group(2)) {
            case "秒":
                return now.minusSeconds(n);
            case "分钟":
                return now.minusMinutes(n);
            case "小时":
                return now.minusHours(n);
            default:
                return now.minusDays(n);
        }
    }
}
