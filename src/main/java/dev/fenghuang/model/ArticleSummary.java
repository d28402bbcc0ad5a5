package dev.fenghuang.model;

import java.time.LocalDateTime;

/**
 * An article as a category list shows it.
 *
 * @param aid article id
 * @param url absolute URL of the article
 * @param title title as shown
 * @param published publishing time, site local time; null if absent
 * @param summary summary text, possibly empty
 * @param thumbnail absolute URL of the list thumbnail, or null
 * @param category the sub-category the list labels it with (分类:), or null
 */
public record ArticleSummary(long aid, String url, String title, LocalDateTime published, String summary,
                             String thumbnail, Category category) {
    public ArticleSummary {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
    }
}
