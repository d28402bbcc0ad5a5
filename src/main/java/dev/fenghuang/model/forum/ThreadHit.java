package dev.fenghuang.model.forum;

import dev.fenghuang.model.Person;
import java.time.LocalDateTime;

/**
 * A thread found by a forum search.
 *
 * @param tid the thread
 * @param subject its subject (the site's highlighting of the keyword dropped)
 * @param replies replies (回复, without 点评 here)
 * @param views views (查看)
 * @param excerpt the start of the first post as the site cuts it, "" for none
 * @param time when the thread was started, site local time; null if not shown
 * @param author who started it
 * @param board the board it is in; null if not shown
 */
public record ThreadHit(long tid, String subject, long replies, long views, String excerpt, LocalDateTime time,
                        Person author, BoardLink board) {
    public ThreadHit {
        subject = subject == null ? "" : subject;
        excerpt = excerpt == null ? "" : excerpt;
        author = author == null ? new Person(0, "") : author;
    }
}
