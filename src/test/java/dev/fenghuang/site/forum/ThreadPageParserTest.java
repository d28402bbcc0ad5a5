package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.SafeText;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.FloorState;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostBlock.Span;
import dev.fenghuang.model.forum.ThreadPage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ThreadPageParserTest {
    private static final String URL = SITE + "forum.php?mod=viewthread&tid=51";

    private static ThreadPage page() throws Exception {
        return ThreadPageParser.parse(ForumFixtures.document("thread-page.html", URL), CLOCK);
    }

    private static Floor floor(ThreadPage page, long pid) {
        return page.floors().stream().filter(f -> f.pid() == pid).findFirst().orElseThrow();
    }

    @Test
    void readsTheThreadHeadBoardAndPager() throws Exception {
        ThreadPage page = page();
        assertThat(page.tid()).isEqualTo(51);
        assertThat(page.fid()).isEqualTo(2);
        assertThat(page.subject()).isEqualTo("2026渠县黄花节攻略贴");
        assertThat(page.type().id()).isEqualTo(3);
        assertThat(page.type().name()).isEqualTo("分享");
        assertThat(page.breadcrumb()).containsExactly(new BoardLink(1, "凤凰山下社区", true),
                new BoardLink(2, "渠县杂谈", false));
        assertThat(page.views()).isEqualTo(1547);
        assertThat(page.replies()).isEqualTo(51);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.pageCount()).isEqualTo(6);
        assertThat(page.authorFilter()).isZero();
        assertThat(page.closed()).isFalse();
    }

    @Test
    void readsAPostLinkingAndShowingAnAddressWithTwoFragmentMarks() throws Exception {
        // It threw java.net.URI's IllegalArgumentException out of the whole page.
        String page = ForumFixtures.text("thread-page.html");
        int at = page.indexOf('>', page.indexOf("<td class=\"t_f\"")) + 1;
        String html = page.substring(0, at) + "<a href=\"x#a#b\">two marks</a><img src=\"y.jpg#a#b\">"
                + page.substring(at);
        Floor first = ThreadPageParser.parse(html, URL, CLOCK).floors().get(0);
        assertThat(first.links().get(0).url()).isEqualTo(SITE + "x#a#b");
        assertThat(first.images().get(0).url()).isEqualTo(SITE + "y.jpg#a#b");
        assertThat(ThreadPageParser.parse(Jsoup.parse(html, URL), CLOCK)).isEqualTo(ThreadPageParser.parse(html, URL,
                CLOCK));
    }

    @Test
    void keysFloorsByPidAndNumbersTheNamedFloors() throws Exception {
        ThreadPage page = page();
        assertThat(page.floors()).extracting(Floor::pid).containsExactly(180L, 185L, 186L, 187L, 188L, 189L, 190L);
        assertThat(page.floors()).extracting(Floor::label)
                .containsExactly("楼主", "沙发", "板凳", "地板", "5#", "6#", "7#");
        assertThat(page.floors()).extracting(Floor::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void readsTheAuthorWithGroupAndJoinDate() throws Exception {
        Floor first = floor(page(), 180);
        assertThat(first.author().uid()).isEqualTo(3);
        assertThat(first.author().name()).isEqualTo("reader1");
        assertThat(first.author().group()).isEqualTo("新手上路");
        assertThat(first.author().joined()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(floor(page(), 185).author().group()).isEqualTo("注册会员");
        assertThat(floor(page(), 185).author().joined()).isNull();
    }

    @Test
    void readsAnonymousAndDeletedAuthors() throws Exception {
        Floor anonymous = floor(page(), 189);
        assertThat(anonymous.author().uid()).isZero();
        assertThat(anonymous.author().name()).isEqualTo("匿名");
        assertThat(anonymous.author().anonymous()).isTrue();
        Floor deleted = floor(page(), 190);
        assertThat(deleted.author().name()).isEqualTo("老张");
        assertThat(deleted.author().deleted()).isTrue();
    }

    @Test
    void readsAbsoluteAndRelativeTimesAsTheSiteMeantThem() throws Exception {
        ThreadPage page = page();
        assertThat(floor(page, 180).time()).isEqualTo(LocalDateTime.of(2026, 11, 16, 9, 12, 5));
        assertThat(floor(page, 185).time()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 3, 11));
        assertThat(floor(page, 187).time()).isEqualTo(LocalDateTime.of(2026, 12, 5, 20, 0));
        assertThat(floor(page, 188).time()).isEqualTo(LocalDateTime.of(2026, 12, 2, 10, 0));
    }

    @Test
    void readsTheEditStampWithoutPuttingItIntoTheBody() throws Exception {
        Floor first = floor(page(), 180);
        assertThat(first.edit().editor()).isEqualTo("reader2");
        assertThat(first.edit().time()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 3));
        assertThat(first.blocks()).noneMatch(b -> b instanceof PostBlock.Paragraph p && p.text().contains("本帖最后由"));
        assertThat(floor(page(), 185).edit()).isNull();
    }

    @Test
    void keepsBoldAndColourAsSpansAndDropsJammerAdsAndSmileys() throws Exception {
        Floor first = floor(page(), 180);
        PostBlock.Paragraph opening = (PostBlock.Paragraph) first.blocks().get(0);
        assertThat(opening.text()).isEqualTo("黄花节攻略来了，门票免费！");
        assertThat(opening.spans()).containsExactly(Span.plain("黄花节"), new Span("攻略", true, "", 0),
                Span.plain("来了，"), new Span("门票免费", false, "Red", 0), Span.plain("！"));
        assertThat(texts(first)).noneMatch(t -> t.contains("x9Kq") || t.contains("zz3") || t.contains("广告"));
    }

    @Test
    void numbersLinksImagesAndAttachmentsAndPlacesThemInTheBody() throws Exception {
        Floor first = floor(page(), 180);
        PostBlock.Paragraph details = (PostBlock.Paragraph) first.blocks().get(1);
        assertThat(details.spans()).containsExactly(Span.plain("详见"), new Span("县旅游局公告", false, "", 1),
                Span.plain("。"));
        assertThat(first.links()).hasSize(1);
        assertThat(first.links().get(0).url()).isEqualTo("http://travel.example/huanghua");
        assertThat(first.images()).hasSize(2);
        assertThat(first.images().get(0).url()).isEqualTo(SITE + "data/attachment/forum/202611/16/flower.jpg");
        assertThat(first.images().get(0).aid()).isEqualTo(77);
        assertThat(first.images().get(1).url()).isEqualTo("http://img.example/map.png");
        assertThat(first.images().get(1).attached()).isFalse();
        assertThat(first.attachments()).hasSize(1);
        assertThat(first.attachments().get(0).name()).isEqualTo("路线图.zip");
        assertThat(first.attachments().get(0).aid()).isEqualTo(78);
        assertThat(first.attachments().get(0).size()).isEqualTo("12.5 KB");
        assertThat(first.attachments().get(0).downloads()).isEqualTo(7);
        assertThat(first.attachments().get(0).url()).isEqualTo(SITE + "forum.php?mod=attachment&aid=Nzh8YWJjZGVm");
        assertThat(first.blocks()).contains(new PostBlock.ImageRef(1), new PostBlock.ImageRef(2),
                new PostBlock.AttachmentRef(1));
        assertThat(first.images()).noneMatch(i -> i.url().contains("none.gif"));
    }

    @Test
    void keepsCodeLinesWithoutTheEmptyFirstAndLastItem() throws Exception {
        PostBlock.Code code = floor(page(), 180).blocks().stream().filter(PostBlock.Code.class::isInstance)
                .map(PostBlock.Code.class::cast).findFirst().orElseThrow();
        assertThat(code.lines()).containsExactly("08:00 渠县汽车站出发", "  09:30 到达三汇");
    }

    @Test
    void foldsAReplyQuoteToWhoWhenAndText() throws Exception {
        Floor reply = floor(page(), 185);
        assertThat(reply.blocks().get(0)).isEqualTo(new PostBlock.Quote(180, "reader1",
                LocalDateTime.of(2026, 11, 16, 9, 12), List.of("黄花节攻略来了，门票免费！", "详见县旅游局公告。")));
        assertThat(((PostBlock.Paragraph) reply.blocks().get(1)).spans()).containsExactly(
                Span.plain("去年去过，"), new Span("人很多", true, "", 0), Span.plain("，建议早点出发去三汇。"));
        assertThat(reply.links()).as("a keyword link is text, not a link").isEmpty();
    }

    @Test
    void readsAQuoteWithoutHeaderAsAnonymous() throws Exception {
        Floor floor = floor(page(), 190);
        assertThat(floor.blocks().get(0)).isEqualTo(new PostBlock.Quote(0, "", null, List.of("没有出处的引用")));
    }

    @Test
    void flagsABannedPostWithTheSiteNoticeAndNoBody() throws Exception {
        Floor banned = floor(page(), 186);
        assertThat(banned.state()).isEqualTo(FloorState.BANNED);
        assertThat(banned.notice()).isEqualTo("提示: 该帖被管理员或版主屏蔽");
        assertThat(banned.blocks()).isEmpty();
        Floor authorBanned = floor(page(), 189);
        assertThat(authorBanned.state()).isEqualTo(FloorState.AUTHOR_BANNED);
    }

    @Test
    void showsHiddenContentAsALockedNoticeNotAsBody() throws Exception {
        Floor floor = floor(page(), 187);
        assertThat(floor.state()).isEqualTo(FloorState.NORMAL);
        assertThat(floor.blocks()).containsExactly(new PostBlock.Paragraph(List.of(Span.plain("补充："))),
                new PostBlock.Locked("如果您要查看本帖隐藏内容请回复"));
    }

    @Test
    void stripsEscapeSequencesFromAuthorsBodiesAndColours() throws Exception {
        Floor hostile = floor(page(), 188);
        assertThat(hostile.author().name()).contains("evil").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("[31m");
        assertThat(SafeText.isSafe(hostile.author().name())).isTrue();
        PostBlock.Paragraph body = (PostBlock.Paragraph) hostile.blocks().get(0);
        assertThat(body.text()).isEqualTo("红字 倒序 clear");
        for (Span span : body.spans()) {
            assertThat(SafeText.isSafe(span.text())).isTrue();
            assertThat(SafeText.isSafe(span.color())).isTrue();
            assertThat(span.color()).doesNotContain("\u001b");
        }
    }

    @Test
    void doesNotTakeFloorNumbersFromAnOnlyAuthorPage() throws Exception {
        ThreadPage page = ThreadPageParser.parse(ForumFixtures.document("thread-only-author.html",
                SITE + "forum.php?mod=viewthread&tid=51&page=1&authorid=6"), CLOCK);
        assertThat(page.authorFilter()).isEqualTo(6);
        assertThat(page.floors()).extracting(Floor::label).containsExactly("", "");
        assertThat(page.floors()).extracting(Floor::number).containsExactly(0, 0);
        assertThat(page.floors()).extracting(Floor::pid).containsExactly(185L, 201L);
        assertThat(page.pageCount()).isEqualTo(2);
    }

    @Test
    void knowsTheFilteredAuthorFromThePageAloneWhenTheUrlDoesNotSay() throws Exception {
        ThreadPage page = ThreadPageParser.parse(ForumFixtures.document("thread-only-author.html",
                SITE + "forum.php?mod=redirect&goto=findpost&ptid=51&pid=201"), CLOCK);
        assertThat(page.authorFilter()).isEqualTo(6);
        assertThat(page.tid()).isEqualTo(51);
    }

    @Test
    void numbersTheFirstPostOfTheNewestFirstViewAsFloorOne() throws Exception {
        ThreadPage page = ThreadPageParser.parse(ForumFixtures.document("thread-newest-first.html",
                SITE + "forum.php?mod=viewthread&tid=51&extra=&ordertype=1"), CLOCK);
        assertThat(page.newestFirst()).isTrue();
        assertThat(page.floors()).extracting(Floor::number).containsExactly(1, 51, 50);
    }

    @Test
    void flagsPendingAndModeratorVisibleBannedRepliesOnAModeratorsView() throws Exception {
        ThreadPage page = ThreadPageParser.parse(ForumFixtures.document("thread-moderator-view.html",
                SITE + "forum.php?mod=viewthread&tid=60&modthreadkey=abc"), CLOCK);
        assertThat(page.closed()).isTrue();
        assertThat(page.fid()).isEqualTo(9);
        Floor banned = floor(page, 301);
        assertThat(banned.state()).isEqualTo(FloorState.BANNED);
        assertThat(((PostBlock.Paragraph) banned.blocks().get(0)).text()).isEqualTo("不该说的话。");
        Floor pending = floor(page, 302);
        assertThat(pending.state()).isEqualTo(FloorState.PENDING);
        assertThat(pending.notice()).isEqualTo("待审核");
        assertThat(floor(page, 300).state()).isEqualTo(FloorState.NORMAL);
    }

    @Test
    void marksAThreadAwaitingModerationAndInventsNoFloorForAHiddenPendingReply() throws Exception {
        ThreadPage page = ThreadPageParser.parse(ForumFixtures.document("thread-awaiting.html",
                SITE + "forum.php?mod=viewthread&tid=61"), CLOCK);
        assertThat(page.awaitingModeration()).isTrue();
        assertThat(page.subject()).isEqualTo("审核测试 新人报到");
        assertThat(page.floors()).extracting(Floor::pid).containsExactly(400L, 402L);
        assertThat(page.floors()).extracting(Floor::number).containsExactly(1, 2);
        assertThat(page.floors()).extracting(Floor::state).containsOnly(FloorState.NORMAL);
        assertThat(page.floors().get(1).time()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 0));
        assertThat(page().awaitingModeration()).isFalse();
    }

    @Test
    void readsTheSamePageFromGbkBytes() throws Exception {
        ThreadPage page = ThreadPageParser.parse(ForumFixtures.gbkDocument("thread-page.html", URL), CLOCK);
        assertThat(page.subject()).isEqualTo("2026渠县黄花节攻略贴");
        assertThat(page.floors()).extracting(Floor::label)
                .containsExactly("楼主", "沙发", "板凳", "地板", "5#", "6#", "7#");
        assertThat(floor(page, 185).author().name()).isEqualTo("归来");
        assertThat(floor(page, 185).blocks().get(0)).isInstanceOf(PostBlock.Quote.class);
    }

    @Test
    void refusesAPageWithoutAPostList() throws Exception {
        assertThatThrownBy(() -> ThreadPageParser.parse(Jsoup.parse("<html><body><div id='ct'></div></body></html>",
                URL), CLOCK)).isInstanceOf(UnexpectedPage.class).hasMessageContaining("postlist");
    }

    private static List<String> texts(Floor floor) {
        return floor.blocks().stream().filter(PostBlock.Paragraph.class::isInstance)
                .map(b -> ((PostBlock.Paragraph) b).text()).toList();
    }
}
