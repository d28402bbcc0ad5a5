package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.forum.ThreadOrder;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ForumUrlsTest {
    private final ForumUrls urls = new ForumUrls(URI.create("http://forum.example/bbs"));

    @Test
    void buildsTheIndexAndCategoryUnderTheSiteRoot() {
        assertThat(urls.index()).hasToString("http://forum.example/bbs/forum.php");
        assertThat(urls.category(1)).hasToString("http://forum.example/bbs/forum.php?gid=1");
    }

    @Test
    void buildsBoardUrlsWithPageTypeDigestAndOrder() {
        String board = "http://forum.example/bbs/forum.php?mod=forumdisplay&fid=2";
        assertThat(urls.board(BoardQuery.of(2))).hasToString(board);
        assertThat(urls.board(BoardQuery.of(2).withPage(3))).hasToString(board + "&page=3");
        assertThat(urls.board(BoardQuery.of(2).withType(3))).hasToString(board + "&filter=typeid&typeid=3");
        assertThat(urls.board(BoardQuery.of(2).withDigestOnly(true))).hasToString(board + "&filter=digest&digest=1");
        assertThat(urls.board(BoardQuery.of(2).withOrder(ThreadOrder.CREATED).withPage(2)))
                .hasToString(board + "&filter=author&orderby=dateline&page=2");
        assertThat(urls.board(BoardQuery.of(2).withType(3).withOrder(ThreadOrder.CREATED)))
                .hasToString(board + "&filter=typeid&typeid=3&orderby=dateline");
    }

    @Test
    void buildsThreadUrlsAndJumps() {
        String thread = "http://forum.example/bbs/forum.php?mod=viewthread&tid=51";
        assertThat(urls.thread(51, 1, 0)).hasToString(thread);
        assertThat(urls.thread(51, 2, 6)).hasToString(thread + "&page=2&authorid=6");
        assertThat(urls.findPost(51, 222))
                .hasToString("http://forum.example/bbs/forum.php?mod=redirect&goto=findpost&ptid=51&pid=222");
        assertThat(urls.postNumber(51, 25))
                .hasToString("http://forum.example/bbs/forum.php?mod=redirect&ptid=51&postno=25");
        assertThat(urls.lastPost(51))
                .hasToString("http://forum.example/bbs/forum.php?mod=redirect&tid=51&goto=lastpost");
    }

    @Test
    void readsIdsFromLinksWithRawOrEscapedAmpersands() {
        assertThat(ForumUrls.fid("forum.php?mod=forumdisplay&fid=2&amp;page=2")).isEqualTo(2);
        assertThat(ForumUrls.fid("forum.php?gid=1")).isZero();
        assertThat(ForumUrls.gid("forum.php?gid=1")).isEqualTo(1);
        assertThat(ForumUrls.tid("forum.php?mod=redirect&amp;tid=51&amp;goto=lastpost#lastpost")).isEqualTo(51);
        assertThat(ForumUrls.tid("forum.php?mod=redirect&goto=findpost&ptid=51&pid=185")).isEqualTo(51);
        assertThat(ForumUrls.uid("home.php?mod=space&amp;uid=3")).isEqualTo(3);
        assertThat(ForumUrls.fid("forum.php?mod=forumdisplay&fid=99999999999")).isZero();
    }

    @Test
    void refusesABoardIdThatIsNotPositive() {
        assertThatThrownBy(() -> BoardQuery.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
