package dev.fenghuang.tui.moderate;

import dev.fenghuang.model.CommentQuery;
import java.time.LocalDate;

/**
 * The time range of the recent comments screen: the last day, week or month, or all time. A range has only its
 * first day; there is no last one, so a reader whose clock lags the site's still sees the newest comments.
 */
enum RecentRange {
    DAY(1), WEEK(7), MONTH(30), ALL(0);

    private final int days;

    RecentRange(int days) {
        this.days = days;
    }

    /** The range after this one: a day, a week, a month, all, a day again. */
    RecentRange next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The query for comments made in this range, counted back from {@code today} (inclusive). */
    CommentQuery query(LocalDate today) {
        return CommentQuery.between(days == 0 ? null : today.minusDays(days - 1L), null);
    }
}
