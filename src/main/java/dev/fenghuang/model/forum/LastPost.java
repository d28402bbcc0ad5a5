package dev.fenghuang.model.forum;

import java.time.LocalDateTime;

/**
 * The latest post of a board, as the forum index shows it.
 *
 * @param tid the thread it went into
 * @param subject the thread's subject as shown (the site may cut it with " ...")
 * @param time when, site local time; null if the page does not say
 * @param poster who posted it (a name; the index links by name, not uid)
 */
public record LastPost(long tid, String subject, LocalDateTime time, String poster) {
    public LastPost {
        subject = subject == null ? "" : subject;
        poster = poster == null ? "" : poster;
    }
}
