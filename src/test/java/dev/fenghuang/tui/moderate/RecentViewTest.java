package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.ModerationScreens;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent comments screen against the demo portal's comment search, at 80×24 and 200×60. */
class RecentViewTest {
    @TempDir
    Path home;
    @TempDir
    Path guestHome;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = WriteScreens.demo(home);
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester recent(int columns, int rows) throws Exception {
        ScreenTester t = ModerationScreens.reader(demo, columns, rows);
        t.press("L");
        WriteScreens.signIn(t, "admin", "admin123");
        t.press("M");
        t.write("admin123").press("Enter");
        assertThat(t.row(0)).contains("评论审核：未审核");
        t.press("R");
        assertThat(t.row(0)).contains("最近评论").contains("近七天");
        return t;
    }

    private SearchPage search(CommentQuery query) throws Exception {
        return demo.session().moderation().search(query, 1);
    }

    private static CommentQuery week() {
        return RecentRange.WEEK.query(LocalDate.of(2024, 5, 1));
    }

    private List<Comment> publicComments(long aid) throws Exception {
        try (PortalSession guest = demo.guest(guestHome)) {
            return guest.reader().comments(aid, 1, true).comments();
        }
    }

    @Test
    void theScreenListsRecentCommentsNewestFirst() throws Exception {
        try (ScreenTester t = recent(80, 24)) {
            SearchHit first = search(week()).hits().get(0);
            assertThat(t.row(1)).contains(first.author().name()).contains("#" + first.cid());
            assertThat(t.status()).contains("共 " + search(week()).total() + " 条");
        }
    }

    @Test
    void aKeywordNarrowsTheListAndEscClearsIt() throws Exception {
        try (ScreenTester t = recent(200, 60)) {
            SearchHit some = search(week()).hits().get(1);
            String word = some.text().substring(0, Math.min(4, some.text().length()));
            t.press("/");
            t.type(word);
            SearchPage matching = search(week().containing(word));
            assertThat(t.row(0)).contains("/" + word);
            assertThat(t.status()).contains("共 " + matching.total() + " 条");
            assertThat(t.text()).contains("#" + some.cid());
            t.press("Escape");
            assertThat(t.row(0)).doesNotContain("/" + word);
        }
    }

    @Test
    void twoMarkedAreDeletedInOneRequestAndGoneFromThePublicPage() throws Exception {
        try (ScreenTester t = recent(200, 60)) {
            List<SearchHit> hits = search(week()).hits();
            t.press("Space", "j", "Space", "d");
            assertThat(t.status()).contains("删除 2 条");
            t.press("y", "x");
            assertThat(t.status()).contains("删除 2 条评论");
            t.press("y");
            assertThat(t.text()).contains("2 个决定中有 2 个已生效");
            assertThat(publicComments(hits.get(0).aid())).extracting(Comment::cid).doesNotContain(hits.get(0).cid());
            assertThat(publicComments(hits.get(1).aid())).extracting(Comment::cid).doesNotContain(hits.get(1).cid());
            t.press("Escape");
            assertThat(t.text()).doesNotContain("#" + hits.get(0).cid() + " ");
        }
    }

    @Test
    void aLapsedAdminSessionIsUnlockedAndTheDeletionSentAfter() throws Exception {
        try (ScreenTester t = recent(80, 24)) {
            SearchHit first = search(week()).hits().get(0);
            t.press("d", "y");
            demo.advanceClock(Duration.ofMinutes(31));
            t.press("x", "y");
            assertThat(t.text()).contains("管理中心需要再次输入密码");
            t.write("admin123").press("Enter");
            assertThat(t.text()).contains("1 个决定中有 1 个已生效");
            assertThat(publicComments(first.aid())).extracting(Comment::cid).doesNotContain(first.cid());
        }
    }

    @Test
    void tabGoesFromIgnoredToRecentAndBackToPending() throws Exception {
        try (ScreenTester t = recent(200, 60)) {
            t.press("Tab");
            assertThat(t.row(0)).contains("评论审核：未审核");
            t.press("Tab");
            assertThat(t.row(0)).contains("已忽略");
            t.press("Tab");
            assertThat(t.row(0)).contains("最近评论");
            t.press("?");
            assertThat(t.text()).contains("全站最近评论");
        }
    }

    @Test
    void aMemberGetsNoRecentComments() throws Exception {
        try (ScreenTester t = ModerationScreens.reader(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("?");
            assertThat(t.text()).doesNotContain("全站最近评论");
            t.press("q", "M");
            assertThat(t.row(0)).doesNotContain("最近评论");
        }
    }
}
