package dev.fenghuang.site;

/**
 * How far {@link SectionCrawler} may go.
 *
 * @param missRun probing stops after this many consecutive category ids that do not exist
 * @param maxCatid probing never goes past this category id
 * @param maxRequests no crawl makes more requests than this, front page included
 */
public record CrawlLimits(int missRun, int maxCatid, int maxRequests) {
    public static final CrawlLimits DEFAULT = new CrawlLimits(10, 200, 300);

    public CrawlLimits {
        if (missRun < 1 || maxCatid < 1 || maxRequests < 1) {
            throw new IllegalArgumentException("crawl limits must be positive");
        }
    }
}
