package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.SafeText;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.AttachmentMark;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadType;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BoardPageParserTest {
    private static final String URL = SITE + "forum.php?mod=forumdisplay&fid=2";

    private static BoardPage board() throws Exception {
        return BoardPageParser.parse(ForumFixtures.document("board-page.html", URL), CLOCK);
    }

    private static ThreadRow row(BoardPage page, long tid) {
        return page.threads().stream().filter(r -> r.tid() == tid).findFirst().orElseThrow();
    }

    @Test
    void readsTheBoardHeadAndPager() throws Exception {
        BoardPage page = board();
        assertThat(page.fid()).isEqualTo(2);
        assertThat(page.name()).isEqualTo("渠县杂谈");
        assertThat(page.today()).isEqualTo(6);
        assertThat(page.threadCount()).isEqualTo(70);
        assertThat(page.breadcrumb()).containsExactly(new BoardLink(1, "凤凰山下社区", true),
                new BoardLink(2, "渠县杂谈", false));
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.pageCount()).isEqualTo(4);
        assertThat(page.pendingThreads()).isEqualTo(2);
        assertThat(page.typeId()).isZero();
        assertThat(page.digestOnly()).isFalse();
        assertThat(page.order()).isEqualTo(ThreadOrder.LAST_POST);
    }

    @Test
    void readsTheThreadTypesAndTheSubBoards() throws Exception {
        BoardPage page = board();
        assertThat(page.types()).containsExactly(new ThreadType(1, "求助", 0), new ThreadType(2, "闲聊", 0),
                new ThreadType(3, "分享", 0));
        assertThat(page.subBoards()).hasSize(1);
        assertThat(page.subBoards().get(0).name()).isEqualTo("老照片");
        assertThat(page.subBoards().get(0).threads()).isEqualTo(5);
        assertThat(page.subBoards().get(0).lastPost().time()).isEqualTo(LocalDateTime.of(2026, 12, 6, 8, 30));
    }

    @Test
    void listsStickyThreadsFirstAndSkipsTheSeparator() throws Exception {
        BoardPage page = board();
        assertThat(page.threads()).extracting(ThreadRow::tid).containsExactly(12L, 51L, 40L, 70L, 44L);
        ThreadRow sticky = page.threads().get(0);
        assertThat(sticky.stickyLevel()).isEqualTo(1);
        assertThat(sticky.highlight()).isEqualTo("#EE1B2E");
        assertThat(sticky.subject()).isEqualTo("【公告】渠县杂谈版规");
        assertThat(sticky.author()).isEqualTo(new Person(2, "moderator1"));
        assertThat(sticky.started()).isEqualTo(LocalDateTime.of(2026, 9, 24, 0, 0));
        assertThat(sticky.lastPostTime()).isEqualTo(LocalDateTime.of(2026, 9, 29, 11, 39));
        assertThat(row(page, 51).sticky()).isFalse();
    }

    @Test
    void readsATypedDigestRowWithImagesPagesAndCounts() throws Exception {
        ThreadRow row = row(board(), 51);
        assertThat(row.type()).isEqualTo(new ThreadType(3, "分享", 0));
        assertThat(row.subject()).isEqualTo("2026渠县黄花节攻略贴");
        assertThat(row.digestLevel()).isEqualTo(2);
        assertThat(row.attachment()).isEqualTo(AttachmentMark.IMAGE);
        assertThat(row.pages()).isEqualTo(6);
        assertThat(row.unread()).isTrue();
        assertThat(row.replies()).isEqualTo(51);
        assertThat(row.views()).isEqualTo(15470);
        assertThat(row.author()).isEqualTo(new Person(3, "reader1"));
        assertThat(row.started()).isEqualTo(LocalDateTime.of(2026, 12, 6, 0, 0));
        assertThat(row.lastPoster()).isEqualTo("reader2");
        assertThat(row.lastPostTime()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 4));
    }

    @Test
    void readsClosedAnonymousMovedAndPollRows() throws Exception {
        BoardPage page = board();
        ThreadRow closed = row(page, 40);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.attachment()).isEqualTo(AttachmentMark.FILE);
        assertThat(closed.author()).isEqualTo(new Person(0, "匿名"));
        ThreadRow moved = row(page, 70);
        assertThat(moved.moved()).isTrue();
        assertThat(moved.closed()).isFalse();
        assertThat(moved.replies()).isZero();
        assertThat(moved.subject()).isEqualTo("渠江夜景");
        assertThat(row(page, 44).poll()).isTrue();
        assertThat(row(page, 51).closed()).isFalse();
    }

    @Test
    void stripsEscapeSequencesFromSubjectsAndNames() throws Exception {
        ThreadRow hostile = row(board(), 44);
        assertThat(hostile.subject()).contains("哪家面馆最好吃").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(SafeText.isSafe(hostile.subject())).isTrue();
        assertThat(SafeText.isSafe(hostile.author().name())).isTrue();
        assertThat(SafeText.isSafe(hostile.lastPoster())).isTrue();
        assertThat(hostile.lastPoster()).doesNotContain("\u009b");
    }

    @Test
    void reportsThePageThePagerShowsPastTheEnd() throws Exception {
        BoardPage page = BoardPageParser.parse(ForumFixtures.document("board-past-the-end.html", URL + "&page=9"),
                CLOCK);
        assertThat(page.page()).as("the site answers page 1 past the end").isEqualTo(1);
        assertThat(page.pageCount()).isEqualTo(4);
        assertThat(page.threads()).hasSize(1);
    }

    @Test
    void readsATypeFilteredSubBoardPage() throws Exception {
        BoardPage page = BoardPageParser.parse(ForumFixtures.document("board-type-filter.html",
                SITE + "forum.php?mod=forumdisplay&fid=5&filter=typeid&typeid=3"), CLOCK);
        assertThat(page.fid()).isEqualTo(5);
        assertThat(page.typeId()).isEqualTo(3);
        assertThat(page.types()).containsExactly(new ThreadType(1, "求助", 0), new ThreadType(3, "分享", 16));
        assertThat(page.breadcrumb()).extracting(BoardLink::fid).containsExactly(1, 2, 5);
        assertThat(page.pageCount()).isEqualTo(1);
        assertThat(page.threads()).extracting(ThreadRow::tid).containsExactly(66L);
        assertThat(page.threads().get(0).lastPostTime()).isEqualTo(LocalDateTime.of(2026, 12, 6, 8, 30));
    }

    @Test
    void readsTheFilterAndOrderFromTheUrl() throws Exception {
        BoardPage page = BoardPageParser.parse(ForumFixtures.document("board-page.html",
                URL + "&filter=digest&digest=1&orderby=dateline"), CLOCK);
        assertThat(page.digestOnly()).isTrue();
        assertThat(page.order()).isEqualTo(ThreadOrder.CREATED);
    }

    @Test
    void readsTheBoardFromGbkBytes() throws Exception {
        BoardPage page = BoardPageParser.parse(ForumFixtures.gbkDocument("board-page.html", URL), CLOCK);
        assertThat(page.name()).isEqualTo("渠县杂谈");
        assertThat(row(page, 51).subject()).isEqualTo("2026渠县黄花节攻略贴");
        assertThat(row(page, 40).author().name()).isEqualTo("匿名");
    }

    @Test
    void refusesAPageWithoutAThreadList() {
        assertThatThrownBy(() -> BoardPageParser.parse(Jsoup.parse("<html><body></body></html>", URL), CLOCK))
                .isInstanceOf(UnexpectedPage.class).hasMessageContaining("threadlist");
    }
}
