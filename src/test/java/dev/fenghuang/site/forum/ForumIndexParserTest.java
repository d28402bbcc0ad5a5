package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ForumStats;
import dev.fenghuang.model.forum.LastPost;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ForumIndexParserTest {
    private static ForumIndex index() throws Exception {
        return ForumIndexParser.parse(ForumFixtures.document("forum-index.html", SITE + "forum.php"), CLOCK);
    }

    @Test
    void readsTheStatisticsLine() throws Exception {
        assertThat(index().stats()).isEqualTo(new ForumStats(22, 13, 12345, 9));
    }

    @Test
    void readsCategoriesWithTheirModeratorsAndBoards() throws Exception {
        ForumIndex index = index();
        assertThat(index.categories()).extracting(ForumCategory::gid).containsExactly(1, 4);
        ForumCategory first = index.categories().get(0);
        assertThat(first.name()).isEqualTo("凤凰山下社区");
        assertThat(first.moderators()).containsExactly("moderator1");
        assertThat(first.boards()).extracting(BoardSummary::fid).containsExactly(2, 3, 7);
    }

    @Test
    void readsABoardRowOfTheListLayout() throws Exception {
        BoardSummary board = index().categories().get(0).boards().get(0);
        assertThat(board.name()).isEqualTo("渠县杂谈");
        assertThat(board.description()).isEqualTo("说说渠县的大事小情");
        assertThat(board.today()).isEqualTo(22);
        assertThat(board.threads()).isEqualTo(75);
        assertThat(board.posts()).as("1万 read from its title").isEqualTo(12345);
        assertThat(board.subBoards()).containsExactly(new BoardLink(5, "老照片", false), new BoardLink(6, "美食", false));
        assertThat(board.moderators()).containsExactly("moderator1", "reader2");
        assertThat(board.lastPost()).isEqualTo(new LastPost(51, "城区东门片区停水到几点? ...",
                LocalDateTime.of(2026, 12, 6, 9, 4), "reader1"));
        assertThat(board.unread()).isTrue();
    }

    @Test
    void readsABoardNeverPostedInAndALinkBoard() throws Exception {
        ForumCategory first = index().categories().get(0);
        BoardSummary empty = first.boards().get(1);
        assertThat(empty.lastPost()).isNull();
        assertThat(empty.unread()).isFalse();
        assertThat(empty.threads()).isZero();
        BoardSummary link = first.boards().get(2);
        assertThat(link.external()).isTrue();
        assertThat(link.lastPost()).isNull();
    }

    @Test
    void readsABoardOfTheGridLayout() throws Exception {
        BoardSummary board = index().categories().get(1).boards().get(0);
        assertThat(board.fid()).isEqualTo(8);
        assertThat(board.name()).isEqualTo("站务公告");
        assertThat(board.today()).isEqualTo(3);
        assertThat(board.threads()).isEqualTo(12);
        assertThat(board.posts()).isEqualTo(23456);
        assertThat(board.lastPost().tid()).isEqualTo(9);
    }

    @Test
    void readsTheIndexFromGbkBytes() throws Exception {
        ForumIndex index = ForumIndexParser.parse(ForumFixtures.gbkDocument("forum-index.html", SITE + "forum.php"),
                CLOCK);
        assertThat(index.categories().get(0).boards().get(0).name()).isEqualTo("渠县杂谈");
        assertThat(index.categories().get(1).name()).isEqualTo("站务");
    }

    @Test
    void refusesAPageThatIsNotTheIndex() {
        assertThatThrownBy(() -> ForumIndexParser.parse(Jsoup.parse("<html><body><p>x</p></body></html>", SITE),
                CLOCK)).isInstanceOf(UnexpectedPage.class);
    }
}
