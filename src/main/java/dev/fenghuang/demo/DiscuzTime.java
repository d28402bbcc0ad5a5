package dev.fenghuang.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times the way the site prints them: UTC+8, unpadded date, format {@code Y-n-j H:i}. */
final class DiscuzTime {
    static final ZoneOffset SITE_ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-M-d HH:mm");
    private static final DateTimeFormatter ATTACHMENT_DIR = DateTimeFormatter.ofPattern("yyyyMM/dd/HHmmss");

    private DiscuzTime() {
    }

    /** Unix seconds of a site-local time. */
    static long unix(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).toEpochSecond(SITE_ZONE);
    }

    /** Format {@code dt}: {@code 2016-11-6 15:20}. */
    static String dateTime(long unix) {
        return DATE_TIME.format(Instant.ofEpochSecond(unix).atOffset(SITE_ZONE));
    }

    /** The {@code YYYYMM/DD/HHMMSS} part of a portal attachment path. */
    static String attachmentStem(long unix) {
        return ATTACHMENT_DIR.format(Instant.ofEpochSecond(unix).atOffset(SITE_ZONE));
    }
}
