package dev.fenghuang.tui.moderate;

import dev.fenghuang.model.QueueFilter;

/** The queue screen's changes to a {@link QueueFilter}: a category, the next time range, none of them. */
final class QueueFilters {
    private QueueFilters() {
    }

    static QueueFilter withCategory(QueueFilter f, int catid) {
        return new QueueFilter(f.ignored(), f.period(), catid, f.articleAuthor(), f.keyword(), f.perPage(),
                f.showCensor());
    }

    /** All, then the last week, month and quarter (of the article's date: the site's quirk), then all again. */
    static QueueFilter nextPeriod(QueueFilter f) {
        QueueFilter.Period next = switch (f.period()) {
            case ALL -> QueueFilter.Period.WEEK;
            case WEEK -> QueueFilter.Period.MONTH;
            case MONTH -> QueueFilter.Period.QUARTER;
            case QUARTER -> QueueFilter.Period.ALL;
        };
        return new QueueFilter(f.ignored(), next, f.catid(), f.articleAuthor(), f.keyword(), f.perPage(),
                f.showCensor());
    }

    /** The same tab and page size with no keyword, category, author or time range. */
    static QueueFilter plain(QueueFilter f) {
        return new QueueFilter(f.ignored(), QueueFilter.Period.ALL, 0, "", "", f.perPage(), f.showCensor());
    }
}
