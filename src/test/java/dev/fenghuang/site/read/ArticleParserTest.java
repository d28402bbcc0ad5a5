package dev.fenghuang.site.read;

import dev.fenghuang.site.Fixtures;
import dev.fenghuang.site.markup.DiscuzTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.Reaction;
import dev.fenghuang.model.UnexpectedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-06T04:00:00Z"), DiscuzTime.SITE_ZONE);
    private static final String SEED_URL = Fixtures.SEED_SITE + "portal.php?mod=view&aid=1234";
    private static final String STATIC_URL = Fixtures.SITE + "bbs/html/news/2016/kaihui.html";

    private static Article seed() throws UnexpectedPage {
        return ArticleParser.parse(Fixtures.document("article-sample.html", SEED_URL), CLOCK);
    }

    private static Article multipage() throws UnexpectedPage {
        return ArticleParser.parse(Fixtures.document("article-multipage.html", STATIC_URL), CLOCK);
    }

    @Test
    void readsEveryFieldOfTheSampleArticle() throws Exception {
        Article a = seed();
        assertThat(a.aid()).isEqualTo(1234);
        assertThat(a.url()).isEqualTo(SEED_URL);
        assertThat(a.title()).isEqualTo("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        assertThat(a.category()).isEqualTo(new Category(2, "渠县"));
        assertThat(a.breadcrumb()).containsExactly(new Category(1, "党政风采"), new Category(2, "渠县"));
        assertThat(a.published()).isEqualTo(LocalDateTime.of(2016, 11, 6, 15, 20));
        assertThat(a.publisher()).isEqualTo(new Person(1, "归来"));
        assertThat(a.views()).isEqualTo(1999);
        assertThat(a.commentCount()).isZero();
        assertThat(a.originalAuthor()).isEqualTo("何俊笼 廖亚飞");
        assertThat(a.source()).isNull();
        assertThat(a.summary()).startsWith("11月1日,全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在我县召开。")
                .endsWith("充分发挥基层妇联的桥梁纽带作用,为 ...");
        assertThat(a.page()).isEqualTo(1);
        assertThat(a.pageCount()).isEqualTo(1);
        assertThat(a.pageTitle()).isNull();
        assertThat(a.images()).isEmpty();
        assertThat(a.links()).isEmpty();
        assertThat(a.comments()).isEmpty();
        assertThat(a.hiddenComments()).isZero();
        assertThat(a.commentsOpen()).isTrue();
    }

    @Test
    void readsTheTenSeedParagraphsWithoutTheirIdeographicIndent() throws Exception {
        Article a = seed();
        assertThat(a.paragraphs()).hasSize(10);
        assertThat(a.paragraphs().get(0)).startsWith("11月1日,全省“巾帼脱贫行动”")
                .endsWith("县委书记苟小莉介绍我县脱贫攻坚工作。");
        assertThat(a.paragraphs().get(8)).isEqualTo("省妇联党组成员、副主席李静主持会议。");
        assertThat(a.paragraphs().get(9)).isEqualTo("王飞虎、刘静、吴燕等县领导出席会议或参加现场会。");
        assertThat(a.paragraphs()).noneMatch(p -> p.startsWith("\u3000") || p.startsWith(" "));
    }

    @Test
    void readsReactionsInThePageOrderWithZeroWhenNoCountIsShown() throws Exception {
        assertThat(seed().reactions()).containsExactly(new Reaction(1, "鲜花", 0), new Reaction(2, "握手", 0),
                new Reaction(3, "雷人", 0), new Reaction(4, "路过", 0), new Reaction(5, "鸡蛋", 0));
    }

    @Test
    void readsReactionCountsFromTheirEm() throws Exception {
        assertThat(multipage().reactions()).extracting(Reaction::name, Reaction::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("鲜花", 2),
                        org.assertj.core.groups.Tuple.tuple("握手", 1), org.assertj.core.groups.Tuple.tuple("雷人", 0),
                        org.assertj.core.groups.Tuple.tuple("路过", 0), org.assertj.core.groups.Tuple.tuple("鸡蛋", 3));
    }

    @Test
    void takesTheArticleIdFromTheDocumentNotTheStaticUrl() throws Exception {
        assertThat(multipage().aid()).isEqualTo(7);
    }

    @Test
    void decodesEntitiesAndDropsThePendingMarkerFromTheTitle() throws Exception {
        assertThat(multipage().title()).isEqualTo("新闻 & \"要闻\" 汇编");
    }

    @Test
    void readsTheMetaLineOfAnX35PageWithSourceLinkAndManagerLinks() throws Exception {
        Article a = multipage();
        assertThat(a.publisher()).isEqualTo(new Person(3, "编辑部"));
        assertThat(a.views()).isEqualTo(222);
        assertThat(a.commentCount()).isEqualTo(9);
        assertThat(a.originalAuthor()).isEqualTo("张三");
        assertThat(a.source()).isEqualTo("渠县日报");
        assertThat(a.summary()).isNull();
        assertThat(a.breadcrumb()).containsExactly(new Category(1, "新闻中心"), new Category(4, "本地新闻"));
        assertThat(a.category()).isEqualTo(new Category(4, "本地新闻"));
    }

    @Test
    void readsTheSourceWithoutLinkAndTheBareCommentCount() throws Exception {
        Article a = ArticleParser.parse(Fixtures.document("article-innernav.html",
                Fixtures.SITE + "portal.php?mod=view&aid=8&page=3"), CLOCK);
        assertThat(a.source()).isEqualTo("新华社");
        assertThat(a.originalAuthor()).isNull();
        assertThat(a.commentCount()).isZero();
        assertThat(a.views()).isEqualTo(15);
    }

    @Test
    void prefersTheAbsoluteTitleOfARelativeDate() throws Exception {
        Article a = ArticleParser.parse(Fixtures.document("article-innernav.html",
                Fixtures.SITE + "portal.php?mod=view&aid=8&page=3"), CLOCK);
        assertThat(a.published()).isEqualTo(LocalDateTime.of(2016, 12, 5, 10, 0));
    }

    @Test
    void readsPagesFromTheInnerNavWhenThereIsNoPager() throws Exception {
        Article a = ArticleParser.parse(Fixtures.document("article-innernav.html",
                Fixtures.SITE + "portal.php?mod=view&aid=8&page=3"), CLOCK);
        assertThat(a.page()).isEqualTo(3);
        assertThat(a.pageCount()).isEqualTo(3);
        assertThat(a.paragraphs()).containsExactly("闭幕式在下午举行。", "与会代表合影留念。");
    }

    @Test
    void knowsCommentsAreClosedWhenThereIsNoCommentForm() throws Exception {
        Article a = ArticleParser.parse(Fixtures.document("article-innernav.html",
                Fixtures.SITE + "portal.php?mod=view&aid=8&page=3"), CLOCK);
        assertThat(a.commentsOpen()).isFalse();
        assertThat(a.comments()).isEmpty();
        assertThat(a.aid()).isEqualTo(8);
    }

    @Test
    void readsPageAndPageTitleOfAMultiPageArticle() throws Exception {
        Article a = multipage();
        assertThat(a.page()).isEqualTo(2);
        assertThat(a.pageCount()).isEqualTo(3);
        assertThat(a.pageTitle()).isEqualTo("第二部分：会议精神");
    }

    @Test
    void dropsAdsScriptsJammerTextHiddenNodesAndEditStamps() throws Exception {
        String all = String.join("\n", multipage().paragraphs());
        assertThat(all).doesNotContain("广告", "脚本文字", "color:red", "采集者", "隐藏", "本帖最后由", "第二部分");
    }

    @Test
    void keepsKeywordLinksAsPlainTextAndSplitsOnBreaks() throws Exception {
        assertThat(multipage().paragraphs()).containsExactly(
                "第一段，脱贫攻坚是重点工作。",
                "第二段 有 多个 空格，以及 <尖括号> 和 & 符号。",
                "第三段在换行之后。",
                "详见附件下载与论坛讨论。",
                "第五段\u3000中间的全角空格保留。");
    }

    @Test
    void resolvesImagesAgainstTheBaseHrefAndPrefersZoomfile() throws Exception {
        assertThat(multipage().images()).containsExactly(
                new Image("http://portal.example/bbs/data/attachment/forum/201611/06/big.jpg", "会场", 2),
                new Image("http://portal.example/bbs/data/attachment/portal/201611/06/photo.jpg", "合影", 3));
    }

    @Test
    void readsBodyLinksWithDecodedAmpersandsButNotKeywordLinks() throws Exception {
        assertThat(multipage().links()).containsExactly(
                new Link("http://portal.example/bbs/portal.php?mod=attachment&id=5", "附件下载", 3),
                new Link("http://portal.example/bbs/forum.php?mod=viewthread&tid=9&extra=page%3D1", "论坛讨论", 3));
    }

    @Test
    void readsCommentsByMembersGuestsAndPendingOnes() throws Exception {
        assertThat(multipage().comments()).containsExactly(
                new Comment(21, new Person(5, "reader1"), LocalDateTime.of(2016, 11, 8, 9, 30),
                        "同意  楼上\n第二行<b>", "编辑部: 原来的话\n第二行", false),
                new Comment(20, Person.GUEST, LocalDateTime.of(2016, 11, 7, 20, 5), "游客路过", null, false),
                new Comment(19, new Person(6, "reader2"), LocalDateTime.of(2016, 11, 7, 18, 0), "待审的评论", null,
                        true));
    }

    @Test
    void readsTheHiddenCommentNote() throws Exception {
        assertThat(multipage().hiddenComments()).isEqualTo(3);
    }

    @Test
    void reportsThePagerOfAPagePastTheEndWithAnEmptyBody() throws Exception {
        Article a = ArticleParser.parse(Fixtures.document("article-clamped.html",
                Fixtures.SITE + "portal.php?mod=view&aid=7&page=9"), CLOCK);
        assertThat(a.page()).isEqualTo(3);
        assertThat(a.pageCount()).isEqualTo(3);
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void readsParagraphsFromMalformedMarkup() throws Exception {
        Article a = ArticleParser.parse(Fixtures.document("article-malformed.html",
                Fixtures.SITE + "portal.php?mod=view&aid=9"), CLOCK);
        assertThat(a.paragraphs()).containsExactly("第一段没有结束标签", "第二段加粗后文", "第三段", "第四段", "表格单元");
    }

    @Test
    void stripsControlCharactersAndEscapeSequencesFromText() throws Exception {
        String html = "<h1 class=\"ph\">标题\u001b[31m红\u0007 </h1><p class=\"xg1\">2016-11-6 15:20</p>"
                + "<table><tr><td id=\"article_content\"><p>正文\u001b]0;title\u0007内容\u009b2J完</p></td></tr></table>";
        Article a = ArticleParser.parse(Jsoup.parse(html, Fixtures.SITE), CLOCK);
        assertThat(a.title()).isEqualTo("标题红");
        assertThat(a.paragraphs()).containsExactly("正文内容完");
    }

    @Test
    void failsOnAPageWithoutArticleContent() {
        assertThatThrownBy(() -> ArticleParser.parse(Fixtures.document("article-other-template.html",
                Fixtures.SITE + "portal.php?mod=view&aid=11"), CLOCK))
                .isInstanceOf(UnexpectedPage.class).hasMessageContaining("article_content");
    }

    @Test
    void refusesABodyThatSwallowedThePageFurniture() {
        String html = "<h1 class=\"ph\">标题 </h1><p class=\"xg1\">2016-11-6 15:20</p><table><tr><td id=\"article_content\">"
                + "<p>第一段</p><div class=\"x <td>< /a> <<<<script>broken 第二段</p></td></tr></table>"
                + "<div id=\"click_div\"><a id=\"click_aid_1_1\" href=\"home.php?mod=spacecp&ac=click\">鲜花</a></div>"
                + "<script>var x = 1;</script><a id=\"click_aid_1_2\" href=\"home.php?mod=spacecp&ac=click\">握手</a>";
        assertThatThrownBy(() -> ArticleParser.parse(Jsoup.parse(html, Fixtures.SITE), CLOCK))
                .isInstanceOf(UnexpectedPage.class).hasMessageContaining("malformed");
    }

    @Test
    void percentEncodesEscapeSequencesInLinkAndImageUrlsAndDropsThemFromTexts() throws Exception {
        String osc52 = "\u001B]52;c;ZWNobyBvd25lZA==\u0007";
        String html = Fixtures.text("article-sample.html").replace("<td id=\"article_content\">",
                "<td id=\"article_content\"><p>正文\u200B\u202E\u2066\uFEFF" + osc52
                        + "<a href=\"http://evil.example/" + osc52 + "\u009B2J\">链接\u200F</a></p>"
                        + "<p><img src=\"data/attachment/x.jpg&#27;[31m\u202E\" alt=\"图\u200D\" /></p>");
        Article a = ArticleParser.parse(Jsoup.parse(html, SEED_URL), CLOCK);
        assertThat(a.paragraphs().get(0)).isEqualTo("正文链接");
        assertThat(a.links()).extracting(Link::url, Link::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "http://evil.example/%1B]52;c;ZWNobyBvd25lZA==%07%C2%9B2J", "链接"));
        assertThat(a.images()).extracting(Image::url, Image::alt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Fixtures.SEED_SITE + "data/attachment/x.jpg[31m%E2%80%AE", "图"));
    }
}
