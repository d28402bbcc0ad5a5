package dev.fenghuang.app;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import dev.fenghuang.site.CrawlLimits;
import dev.fenghuang.site.DiscuzSite;
import dev.fenghuang.site.SectionCrawler;
import java.io.IOException;
import java.util.List;

/** Reads a Discuz! X site through the site adapter, with the crawl limits of its profile. */
public final class DiscuzReads implements SiteReads {
    private final DiscuzSite site;
    private final SiteProfile profile;

    public DiscuzReads(DiscuzSite site, SiteProfile profile) {
        this.site = site;
        this.profile = profile;
    }

    @Override
    public List<Section> discoverSections() throws IOException {
        return discoverSections(RequestGate.OPEN, pages -> pages);
    }

    @Override
    public List<Section> discoverSections(RequestGate gate, java.util.function.UnaryOperator<SectionCrawler.Pages>
            through) throws IOException {
        CrawlLimits limits = new CrawlLimits(profile.probeMaxMisses(), profile.probeMaxCatid(),
                profile.probeMaxCatid() + 100);
        return new SectionCrawler(through.apply(SectionCrawler.pagesOf(site)), limits).crawl(profile.startCatids());
    }

    @Override
    public void prepareToRead() {
        site.prepareToRead();
    }

    @Override
    public void prepareToSend() {
        site.prepareToSend();
    }

    @Override
    public ArticleList list(int catid, int page) throws IOException {
        return site.list(catid, page);
    }

    @Override
    public Article article(long aid, int page) throws IOException {
        return site.article(aid, page);
    }

    @Override
    public CommentList comments(long aid, int page) throws IOException {
        return site.comments(aid, page);
    }
}
