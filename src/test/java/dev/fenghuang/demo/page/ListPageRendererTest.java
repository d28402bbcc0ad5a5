package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListPageRendererTest {
    private static DemoPortal portal;
    private static String site;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
        site = portal.baseUrl().toString();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static String list(String query) {
        Fetch.Page page = Fetch.get(portal, "portal.php?mod=list&" + query);
        assertThat(page.status()).isEqualTo(200);
        return page.text();
    }

    private static List<Integer> aids(String html) {
        return Pattern.compile("<dt class=\"xs2\"><a href=\"portal.php\\?mod=view&aid=(\\d+)\" target=\"_blank\" "
                + "class=\"xi2\"  style=\"\">[^<]+</a> </dt>").matcher(html).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    @Test
    void parentListIncludesSubCategoryArticlesFifteenPerPageNewestFirst() {
        List<Integer> first = aids(list("catid=1"));
        List<Integer> second = aids(list("catid=1&page=2"));
        List<Integer> third = aids(list("catid=1&page=3"));
        assertThat(first).hasSize(15);
        assertThat(second).hasSize(15);
        assertThat(third).isNotEmpty().endsWith(1);
        assertThat(first.get(0)).isGreaterThan(first.get(14)).isGreaterThan(second.get(0));
    }

    @Test
    void pageBeyondTheLastIsEmptyWithThePagerClampedToTheLastPage() {
        String html = list("catid=1&page=9");
        assertThat(aids(html)).isEmpty();
        assertThat(html).contains("<div class=\"bm_c xld\"></div>");
        assertThat(html).contains("<strong>3</strong>").doesNotContain("<strong>9</strong>");
        assertThat(html).contains("<title>党政风采 - 第9页 -  凤凰山下 -  Powered by Discuz!</title>");
    }

    @Test
    void pagerUsesAbsoluteUrlsWithTheMixedAmpersands() {
        String html = list("catid=1");
        assertThat(html).contains("<div class=\"pgs cl\"><div class=\"pg\"><strong>1</strong><a href=\"" + site
                + "portal.php?mod=list&catid=1&amp;page=2\">2</a>");
        assertThat(html).contains("<a href=\"" + site + "portal.php?mod=list&catid=1&amp;page=2\" class=\"nxt\">下一页</a>");
    }

    @Test
    void parentShowsChildrenAndLabelsEveryItemWhileALeafDoesNot() {
        String parent = list("catid=1");
        assertThat(parent).contains("<div class=\"bm_c bbda\">\n下级分类:&nbsp;&nbsp;<a href=\"" + site
                + "portal.php?mod=list&catid=2\" class=\"xi2\">渠县</a><span class=\"pipe\">|</span>");
        assertThat(Pattern.compile("分类: <label><a href=\"" + Pattern.quote(site)).matcher(parent).results().count())
                .isEqualTo(15);
        String leaf = list("catid=2");
        assertThat(leaf).doesNotContain("分类: <label>").doesNotContain("下级分类");
    }

    @Test
    void breadcrumbShowsParentsAsAbsoluteLinksAndTheCurrentAsText() {
        assertThat(list("catid=2")).contains("<a href=\"portal.php\">首页</a> <em>&rsaquo;</em> <a href=\"" + site
                + "portal.php?mod=list&catid=1\">党政风采</a><em>&rsaquo;</em>渠县</div>\n</div>");
    }

    @Test
    void headerHasTheRssLinkAndTheName() {
        assertThat(list("catid=4")).contains("<div class=\"bm_h cl\">\n<a href=\"portal.php?mod=rss&amp;catid=4\" "
                + "class=\"y xi2 rss\" target=\"_blank\" title=\"RSS\">订阅</a><h1 class=\"xs2\">社会民生</h1>\n</div>");
    }

    @Test
    void relatedCategoriesAreTopLevelsForATopAndSiblingsForAChild() {
        assertThat(list("catid=7")).contains("<ul class=\"xl xl2 cl\"><li>&bull; <a href=\"" + site
                + "portal.php?mod=list&catid=1\">党政风采</a></li><li>&bull; <a href=\"" + site
                + "portal.php?mod=list&catid=4\">社会民生</a></li>");
        assertThat(list("catid=5")).contains("<ul class=\"xl xl2 cl\"><li>&bull; <a href=\"" + site
                + "portal.php?mod=list&catid=5\">教育</a></li><li>&bull; <a href=\"" + site
                + "portal.php?mod=list&catid=6\">交通</a></li></ul>");
    }

    @Test
    void imageArticlesHaveAThumbnailBeforeTheSummary() {
        String html = list("catid=7&page=1");
        assertThat(html).containsPattern("<dd class=\"xs2 cl\">\n<div class=\"atc\"><a href=\"portal.php\\?mod=view&aid=\\d+\" "
                + "target=\"_blank\"><img src=\"data/attachment/portal/[^\"]+\\.thumb\\.jpg\" alt=\"[^\"]+\" class=\"tn\" />");
    }

    @Test
    void anotherHostNameIsRedirectedToTheConfiguredOne() {
        String answer = Fetch.raw(portal, "portal.php?mod=list&catid=2", "localhost:" + portal.baseUrl().getPort());
        assertThat(answer).startsWith("HTTP/1.1 301 ");
        assertThat(answer.toLowerCase()).contains("\nlocation: " + site + "portal.php?mod=list&catid=2\r\n");
    }
}
