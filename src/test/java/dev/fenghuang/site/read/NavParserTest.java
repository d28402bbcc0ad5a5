package dev.fenghuang.site.read;

import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NavParserTest {
    private static final String SITE = Fixtures.SITE;

    @Test
    void readsCategoryNavEntriesButNotBuiltIns() {
        SectionLinks links = NavParser.parse(Fixtures.document("index-nav.html", SITE + "portal.php"));
        assertThat(links.nav()).containsExactly(new Category(1, "新闻中心"), new Category(2, "党政风采"));
    }

    @Test
    void readsChildrenFromDropDownMenusAndTheSubNav() {
        SectionLinks links = NavParser.parse(Fixtures.document("index-nav.html", SITE + "portal.php"));
        assertThat(links.childrenOf()).isEqualTo(Map.of(
                1, List.of(new Category(4, "本地新闻"), new Category(5, "国内新闻")),
                2, List.of(new Category(6, "渠县"))));
    }

    @Test
    void findsNothingOnAnUndecoratedX35FrontPage() {
        assertThat(NavParser.parse(Fixtures.document("index-empty.html", SITE + "portal.php")).isEmpty()).isTrue();
    }

    @Test
    void readsBreadcrumbCurrentChildrenAndRelatedFromAListPage() {
        SectionLinks links = NavParser.parse(Fixtures.document("list-parent.html",
                SITE + "portal.php?mod=list&catid=1"));
        assertThat(links.current()).isEqualTo(new Category(1, "新闻中心"));
        assertThat(links.childrenOf()).containsEntry(1, List.of(new Category(4, "本地新闻"), new Category(5, "国内新闻")));
        assertThat(links.related()).hasSize(3);
    }

    @Test
    void readsTheCategoryChainFromAnArticleBreadcrumb() {
        SectionLinks links = NavParser.parse(Fixtures.document("article-sample.html", Fixtures.SEED_SITE));
        assertThat(links.breadcrumb()).containsExactly(new Category(1, "党政风采"), new Category(2, "渠县"));
        assertThat(links.current()).isEqualTo(new Category(2, "渠县"));
        assertThat(links.nav()).containsExactly(new Category(1, "党政风采"));
    }

    @Test
    void skipsANavEntryWhoseIdIsPastTheLargestInt() {
        // A site's nav id of 11 digits threw NumberFormatException out of a parser that never fails.
        String html = "<ul><li id=\"mn_P99999999999\"><a href=\"portal.php?mod=list&catid=1\">大</a></li>"
                + "<li id=\"mn_P3\"><a href=\"portal.php?mod=list&catid=3\">新闻</a></li></ul>"
                + "<ul id=\"mn_P99999999999_menu\"><li><a href=\"portal.php?mod=list&catid=4\">本地</a></li></ul>";
        SectionLinks links = NavParser.parse(org.jsoup.Jsoup.parse(html, SITE));
        assertThat(links.nav()).containsExactly(new Category(3, "新闻"));
        assertThat(links.childrenOf()).isEmpty();
    }
}
