package dev.fenghuang.demo.store;

import java.util.List;

/**
 * A published portal article as stored by the demo site.
 *
 * @param source the 来自 text, "" for none
 * @param sourceUrl the 来自 link, "" for a bare source text
 * @param summary the 摘要, "" for none
 * @param reactions counts by 1-based reaction position minus one (鲜花, 握手, 雷人, 路过, 鸡蛋)
 * @param thumbnail the list thumbnail path, "" for none
 */
public record PortalArticle(int aid, int catid, String title, SiteMember publisher, String originalAuthor,
        String source, String sourceUrl, long dateline, String summary, List<ArticlePage> pages,
        List<Integer> reactions, boolean commentsAllowed, String thumbnail, long initialViews) {
    public PortalArticle {
        pages = List.copyOf(pages);
        reactions = List.copyOf(reactions);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("an article has at least one page: " + aid);
        }
    }

    public int pageCount() {
        return pages.size();
    }
}
