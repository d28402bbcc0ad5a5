package dev.fenghuang.app.sync;

import dev.fenghuang.app.image.ImageBudget;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.store.SyncLedger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Fetches one sync item through the reader and names the items it leads to. */
final class SyncFetch {
    /**
     * What one fetch gave.
     *
     * @param title the item as the site names it
     * @param next the items it leads to (an article's other pages, its comments, its images; a list's articles
     *     and next pages)
     * @param claimedPages the page count the site claimed when it was more than a sync follows, else 0
     */
    record Found(String title, List<SyncLedger.Entry> next, int claimedPages) {
        Found(String title, List<SyncLedger.Entry> next) {
            this(title, next, 0);
        }
    }

    private final PortalReader reader;
    private final int maxPages;

    SyncFetch(PortalReader reader, int maxPages) {
        this.reader = reader;
        this.maxPages = maxPages;
    }

    Found fetch(SyncItem item, String title, SyncPlan plan) throws IOException {
        return switch (item.kind()) {
            case LIST -> list(item, plan);
            case ARTICLE -> article(item, plan);
            case COMMENTS -> comments(item);
            case IMAGE -> image(item, title);
        };
    }

    private Found list(SyncItem item, SyncPlan plan) throws IOException {
        ArticleList list = reader.list((int) item.id(), item.page(), false);
        List<SyncLedger.Entry> next = new ArrayList<>();
        String name = list.category().name();
        int claimed = 0;
        if (item.page() == 1) {
            // the next list pages as far as the plan asks and the list has, never past the limit
            int wanted = Math.min(plan.pages(), list.pageCount());
            claimed = wanted > maxPages ? list.pageCount() : 0;
            for (int p = 2; p <= Math.min(wanted, maxPages); p++) {
                next.add(entry(SyncItem.list((int) item.id(), p), name));
            }
        }
        for (ArticleSummary a : list.articles()) {
            next.add(entry(SyncItem.article(a.aid(), 1), a.title()));
        }
        return new Found(name, next, claimed);
    }

    private Found article(SyncItem item, SyncPlan plan) throws IOException {
        Article a = reader.article(item.id(), item.page(), false);
        List<SyncLedger.Entry> next = new ArrayList<>();
        int claimed = 0;
        if (item.page() == 1) {
            claimed = a.pageCount() > maxPages ? a.pageCount() : 0;
            for (int p = 2; p <= Math.min(a.pageCount(), maxPages); p++) {
                next.add(entry(SyncItem.article(a.aid(), p), a.title()));
            }
            if (plan.comments()) {
                next.add(entry(SyncItem.comments(a.aid(), 1), a.title()));
            }
        }
        if (plan.images()) {
            for (Image image : a.images()) {
                next.add(entry(SyncItem.image(a.aid(), image.url()), a.title()));
            }
        }
        return new Found(a.title(), next, claimed);
    }

    private Found comments(SyncItem item) throws IOException {
        CommentList c = reader.comments(item.id(), item.page(), false);
        List<SyncLedger.Entry> next = new ArrayList<>();
        int claimed = 0;
        if (item.page() == 1) {
            claimed = c.pageCount() > maxPages ? c.pageCount() : 0;
            for (int p = 2; p <= Math.min(c.pageCount(), maxPages); p++) {
                next.add(entry(SyncItem.comments(item.id(), p), c.articleTitle()));
            }
        }
        return new Found(c.articleTitle(), next, claimed);
    }

    private Found image(SyncItem item, String title) throws IOException {
        String page = reader.article(item.id(), 1, false).url();
        reader.picture(item.url(), page, ImageBudget.onDemand(), false);
        return new Found(title, List.of());
    }

    private static SyncLedger.Entry entry(SyncItem item, String title) {
        return new SyncLedger.Entry(item.key(), title == null ? "" : title, false);
    }
}
