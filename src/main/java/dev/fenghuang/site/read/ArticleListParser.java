package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.ImageSource;
import dev.fenghuang.site.markup.Links;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.UnexpectedPage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a category list page ({@code portal.php?mod=list}) into an {@link ArticleList}: the category (name from
 * {@code h1.xs2}, id from the RSS or 发布文章 link, the pager or the URL), the breadcrumb, the {@code dl.bbda}
 * items, the pager, 下级分类 and 相关分类. A page past the end has no items; the pager then names the last page.
 * Throws {@link UnexpectedPage} when the page has neither a category heading nor a category id.
 */
public final class ArticleListParser {
    private ArticleListParser() {
    }

    public static ArticleList parse(Document page) throws UnexpectedPage {
        return parse(page, Clock.system(DiscuzTime.SITE_ZONE));
    }

    public static ArticleList parse(Document page, Clock clock) throws UnexpectedPage {
        Element heading = page.selectFirst(Css.of("h1.xs2"));
        int catid = catid(page);
        if (heading == null && catid == 0) {
            throw new UnexpectedPage(page.location(), "not a category list page: no h1.xs2 heading");
        }
        List<Category> crumbs = new ArrayList<>(CategoryLinks.breadcrumb(page));
        crumbs.removeIf(c -> c.id() == catid);
        String name = heading != null ? SiteText.of(heading) : "";
        Category category = new Category(catid, name);
        crumbs.add(category);
        Element items = page.selectFirst(Css.of("div.xld"));
        List<ArticleSummary> articles = new ArrayList<>();
        for (Element item : (items != null ? items : page).select(Css.of("dl.bbda"))) {
            ArticleSummary summary = item(item, clock);
            if (summary != null) {
                articles.add(summary);
            }
        }
        Element pagerBox = page.selectFirst(Css.of("div.pgs"));
        Pager pager = Pager.of(pagerBox != null ? pagerBox : page.selectFirst(Css.of("div.mn")));
        return new ArticleList(category, crumbs, pager.page(), pager.pageCount(), articles,
                CategoryLinks.labelled(page, "下级分类"), CategoryLinks.labelled(page, "相关分类"));
    }

    /** The listed category's id: RSS or 发布文章 link in the heading box, then pager links, then the URL. */
    static int catid(Document page) {
        for (Element link : page.select(Css.of("div.bm_h a[href*=catid=], div.pg a[href*=catid=]"))) {
            String href = link.attr("href");
            int catid = href.contains("mod=rss") || href.contains("mod=list")
                    ? DiscuzUrls.catid(href) : (int) DiscuzUrls.number(DiscuzUrls.param(href, "catid"));
            if (catid > 0) {
                return catid;
            }
        }
        return DiscuzUrls.catid(page.location());
    }

    private static ArticleSummary item(Element item, Clock clock) {
        Element link = item.selectFirst(Css.of("dt a[href]"));
        if (link == null) {
            link = item.selectFirst(Css.of("a[href]"));
        }
        if (link == null) {
            return null;
        }
        String url = Links.absolute(link, "href");
        Element thumb = item.selectFirst(Css.of("img.tn"));
        Element text = item.selectFirst(Css.of("dd.xs2"));
        String summary = "";
        if (text != null) {
            Element copy = text.clone();
            copy.select(Css.of("div.atc")).remove();
            summary = Paragraphs.clean(SiteText.of(copy));
        }
        Category label = null;
        Element labelLink = item.selectFirst(Css.of("dd label a[href]"));
        if (labelLink != null && DiscuzUrls.catid(labelLink.attr("href")) > 0) {
            label = new Category(DiscuzUrls.catid(labelLink.attr("href")), SiteText.of(labelLink));
        }
        Element date = item.selectFirst(Css.of("dd span.xg1"));
        return new ArticleSummary(DiscuzUrls.aid(url.isEmpty() ? link.attr("href") : url),
                url.isEmpty() ? link.attr("href") : url, SiteText.of(link), DiscuzTime.of(date, clock), summary,
                thumb == null ? null : emptyToNull(ImageSource.of(thumb)), label);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
