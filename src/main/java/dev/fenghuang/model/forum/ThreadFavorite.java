package dev.fenghuang.model.forum;

import java.time.LocalDateTime;

/**
 * A thread among the member's favourites (收藏, 4.8).
 *
 * @param favid the favourite's id (to remove it)
 * @param tid the thread
 * @param subject the subject when it was favourited
 * @param time when it was favourited, site local time; null when not shown
 */
public record ThreadFavorite(long favid, long tid, String subject, LocalDateTime time) {
    public ThreadFavorite {
        subject = subject == null ? "" : subject;
    }
}
