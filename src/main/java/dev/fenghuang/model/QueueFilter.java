package dev.fenghuang.model;

/**
 * Which part of the moderation queue to list.
 *
 * <p>Quirk of the site, kept as it is: {@code period} and {@code articleAuthor} filter on the <em>article</em> the
 * comment belongs to (its publish time and its publisher), not on the comment. A comment posted today on an
 * article from 2016 is outside {@link Period#WEEK}; hence the default {@link Period#ALL}.
 *
 * @param ignored the ignored tab instead of the pending one
 * @param period how recent the article must be
 * @param catid the article's category, 0 for any
 * @param articleAuthor the article publisher's name, empty for any (not the commenter)
 * @param keyword words in the comment text, empty for any
 * @param perPage entries per page: 20, 50 or 100 (others are rounded up to one of these)
 * @param showCensor ask the site to mark the censor words each comment contains
 */
public record QueueFilter(boolean ignored, Period period, int catid, String articleAuthor, String keyword,
                          int perPage, boolean showCensor) {

    /** How recent the commented article is. */
    public enum Period { WEEK, MONTH, QUARTER, ALL }

    public QueueFilter {
        period = period == null ? Period.ALL : period;
        catid = Math.max(0, catid);
        articleAuthor = articleAuthor == null ? "" : articleAuthor.strip();
        keyword = keyword == null ? "" : keyword.strip();
        perPage = perPage <= 20 ? 20 : perPage <= 50 ? 50 : 100;
    }

    /** The pending tab, everything, 20 a page, censor words marked. */
    public static QueueFilter pending() {
        return new QueueFilter(false, Period.ALL, 0, "", "", 20, true);
    }

    /** The same filter on the ignored tab. */
    public QueueFilter ignoredTab() {
        return new QueueFilter(true, period, catid, articleAuthor, keyword, perPage, showCensor);
    }

    /** The same filter on the pending tab. */
    public QueueFilter pendingTab() {
        return new QueueFilter(false, period, catid, articleAuthor, keyword, perPage, showCensor);
    }

    public QueueFilter withPerPage(int n) {
        return new QueueFilter(ignored, period, catid, articleAuthor, keyword, n, showCensor);
    }

    public QueueFilter withKeyword(String words) {
        return new QueueFilter(ignored, period, catid, articleAuthor, words, perPage, showCensor);
    }

    public QueueFilter withCensor(boolean show) {
        return new QueueFilter(ignored, period, catid, articleAuthor, keyword, perPage, show);
    }
}
