package dev.fenghuang.site.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import dev.fenghuang.model.search.MarkedText.Mark;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The portal search result page of 3.10, hand-written from the reference's markup. */
class PortalSearchParserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T06:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String URL = "http://portal.example/search.php?mod=portal&searchid=12&searchsubmit=yes"
            + "&kw=%E8%84%B1%E8%B4%AB";
    private static final String MARK = "<strong><font color=\"#ff0000\">脱贫</font></strong>";

    static String page(String list, String pager) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>搜索 -  凤凰山下 -  Powered by Discuz!</title>"
                + "</head><body><div id=\"ct\" class=\"cl w\"><form class=\"searchform\" method=\"post\" "
                + "action=\"search.php?mod=portal\"><input type=\"hidden\" name=\"formhash\" value=\"0a1b2c3d\" />"
                + "<input id=\"scform_srchtxt\" name=\"srchtxt\" value=\"脱贫\" /></form>\n<div class=\"tl\">\n"
                + "<div class=\"sttl mbn\">\n<h2>结果: <em>找到 “<span class=\"emfont\">脱贫</span>” 相关内容 23 个</em></h2>\n"
                + "</div>" + list + pager + "</div></div></body></html>";
    }

    static String hit(long aid, String title, String summary) {
        return "<li class=\"pbw\">\n<h3 class=\"xs3\"><a href=\"portal.php?mod=view&aid=" + aid + "\" target=\"_blank\">"
                + title + "</a></h3>\n<p class=\"xg1\">9 个评论 - 1547 次查看</p>\n<p>" + summary + "</p>\n<p>\n"
                + "<span>2016-11-6 15:20</span>\n -\n<span><a href=\"home.php?mod=space&amp;uid=3\" target=\"_blank\">"
                + "归来</a></span>\n</p>\n</li>\n";
    }

    private static final String TWO_HITS = "<div class=\"slst mtw\">\n<ul>"
            + hit(8, "全省“巾帼" + MARK + "行动”暨基层妇联", "坚决打赢" + MARK + "攻坚战，" + MARK + "不返贫")
            + hit(2, MARK + "攻坚", "") + "</ul>\n</div>\n";
    private static final String PAGER = "<div class=\"pgs cl mbm\"><div class=\"pg\"><strong>1</strong>"
            + "<a href=\"search.php?mod=portal&searchid=12&orderby=aid&ascdesc=desc&searchsubmit=yes&amp;page=2\">2</a>"
            + "<label><span title=\"共 2 页\"> / 2 页</span></label>"
            + "<a href=\"search.php?mod=portal&searchid=12&orderby=aid&ascdesc=desc&searchsubmit=yes&amp;page=2\" "
            + "class=\"nxt\">下一页</a></div></div>";

    @Test
    void readsTheHeaderThePagerAndEachHitWithItsMatchesMarked() throws Exception {
        ArticleSearch search = PortalSearchParser.parse(Jsoup.parse(page(TWO_HITS, PAGER), URL), CLOCK);
        assertThat(search.searchId()).isEqualTo(12);
        assertThat(search.keyword()).isEqualTo("脱贫");
        assertThat(search.total()).isEqualTo(23);
        assertThat(search.page()).isEqualTo(1);
        assertThat(search.pageCount()).isEqualTo(2);
        assertThat(search.hits()).extracting(ArticleHit::aid).containsExactly(8L, 2L);
        ArticleHit first = search.hits().get(0);
        assertThat(first.title()).isEqualTo(new MarkedText("全省“巾帼脱贫行动”暨基层妇联", List.of(new Mark(5, 7))));
        assertThat(first.summary()).isEqualTo(new MarkedText("坚决打赢脱贫攻坚战，脱贫不返贫",
                List.of(new Mark(4, 6), new Mark(10, 12))));
        assertThat(first.comments()).isEqualTo(9);
        assertThat(first.views()).isEqualTo(1547);
        assertThat(first.time()).isEqualTo(LocalDateTime.of(2016, 11, 6, 15, 20));
        assertThat(first.publisher()).isEqualTo(new Person(3, "归来"));
        assertThat(search.hits().get(1).title().marks()).containsExactly(new Mark(0, 2));
        assertThat(search.hits().get(1).summary()).isEqualTo(MarkedText.EMPTY);
    }

    @Test
    void readsAGbkPageFromItsBytes() throws Exception {
        Charset gbk = Charset.forName("GBK");
        byte[] bytes = page(TWO_HITS, PAGER).replace("utf-8", "gbk").getBytes(gbk);
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, URL);
        ArticleSearch search = PortalSearchParser.parse(doc, CLOCK);
        assertThat(search.keyword()).isEqualTo("脱贫");
        assertThat(search.hits().get(0).title().text()).isEqualTo("全省“巾帼脱贫行动”暨基层妇联");
        assertThat(search.hits().get(0).title().marks()).containsExactly(new Mark(5, 7));
    }

    @Test
    void aSearchWithoutHitsIsAnEmptyFirstPage() throws Exception {
        String none = page("<p class=\"emp xg2 xs2\">对不起，没有找到匹配结果。</p>", "")
                .replace("相关内容 23 个", "相关内容 0 个");
        ArticleSearch search = PortalSearchParser.parse(Jsoup.parse(none, URL), CLOCK);
        assertThat(search.hits()).isEmpty();
        assertThat(search.total()).isZero();
        assertThat(search.page()).isEqualTo(1);
        assertThat(search.pageCount()).isEqualTo(1);
    }

    @Test
    void hostileTextLosesItsControlsAndKeepsItsMarksInPlace() throws Exception {
        String title = "\u001b]0;pwned\u0007A\u001b[2J<strong><font color=\"#ff0000\">脱\u202e贫</font></strong>"
                + "<script>x</script>\n\n  B";
        String list = "<div class=\"slst mtw\"><ul>" + hit(5, title, "&lt;b&gt;" + MARK) + "</ul></div>";
        ArticleHit hit = PortalSearchParser.parse(Jsoup.parse(page(list, ""), URL), CLOCK).hits().get(0);
        assertThat(hit.title().text()).isEqualTo("A脱贫 B");
        String text = hit.title().text();
        Mark mark = hit.title().marks().get(0);
        assertThat(text.substring(mark.start(), mark.end())).isEqualTo("脱贫");
        assertThat(hit.summary()).isEqualTo(new MarkedText("<b>脱贫", List.of(new Mark(3, 5))));
    }

    @Test
    void skipsAHitWithoutAnArticleLink() throws Exception {
        String list = "<div class=\"slst mtw\"><ul><li class=\"pbw\"><h3 class=\"xs3\"><a href=\"forum.php\">x</a></h3>"
                + "</li>" + hit(4, "T", "S") + "</ul></div>";
        assertThat(PortalSearchParser.parse(Jsoup.parse(page(list, ""), URL), CLOCK).hits())
                .extracting(ArticleHit::aid).containsExactly(4L);
    }

    @Test
    void takesTheSearchIdFromThePagerWhenTheUrlLacksIt() throws Exception {
        ArticleSearch search = PortalSearchParser.parse(Jsoup.parse(page(TWO_HITS, PAGER),
                "http://portal.example/search.php?mod=portal&srchtxt=x&searchsubmit=yes"), CLOCK);
        assertThat(search.searchId()).isEqualTo(12);
    }

    @Test
    void refusesAPageThatIsNoSearchResult() {
        assertThatThrownBy(() -> PortalSearchParser.parse(Jsoup.parse("<html><body><p>x</p></body></html>", URL),
                CLOCK)).isInstanceOf(UnexpectedPage.class);
    }
}
