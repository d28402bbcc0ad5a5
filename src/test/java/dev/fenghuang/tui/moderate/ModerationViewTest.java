package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.ModerationScreens;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import dev.fenghuang.tui.read.ArticleLayout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The moderation queue in the reader, against the demo portal's admin panel, at 80×24 and 200×60. */
class ModerationViewTest {
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

    private ScreenTester queue(int columns, int rows) throws Exception {
        ScreenTester t = ModerationScreens.reader(demo, columns, rows);
        t.press("L");
        WriteScreens.signIn(t, "admin", "admin123");
        t.press("M");
        assertThat(t.text()).contains("管理中心需要再次输入密码");
        t.write("admin123").press("Enter");
        assertThat(t.row(0)).contains("评论审核：未审核");
        return t;
    }

    private List<QueueEntry> pending() throws Exception {
        return demo.session().moderation().queue(QueueFilter.pending(), 1).entries();
    }

    private List<Comment> publicComments(long aid) throws Exception {
        try (PortalSession guest = demo.guest(guestHome)) {
            return guest.reader().comments(aid, 1, true).comments();
        }
    }

    @Test
    void theQueueListsPendingCommentsNewestFirstWithTitleAuthorAndText() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            QueueEntry first = pending().get(0);
            assertThat(t.row(1)).contains(first.author().name()).contains("#" + first.cid());
            assertThat(t.text()).contains(first.text().substring(0, Math.min(6, first.text().length())));
            t.press("g");
            assertThat(t.status()).contains("a:通过");
        }
    }

    @Test
    void approvingOneShowsItsBadgeThenSendsAndTheGuestSeesTheComment() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            QueueEntry first = pending().get(0);
            assertThat(publicComments(first.aid())).extracting(Comment::cid).doesNotContain(first.cid());
            t.press("a");
            assertThat(t.row(1)).contains("[通过]");
            t.press("x");
            assertThat(t.status()).contains("发送 1 个决定");
            t.press("y");
            assertThat(t.text()).contains("#" + first.cid()).contains("已完成");
            assertThat(publicComments(first.aid())).extracting(Comment::cid).contains(first.cid());
            t.press("Escape");
            assertThat(t.text()).doesNotContain("#" + first.cid() + " ");
        }
    }

    @Test
    void marksMakeOneDecisionForSeveralAndDeletingAsksForAReason() throws Exception {
        try (ScreenTester t = queue(200, 60)) {
            List<QueueEntry> entries = pending();
            t.press("Space", "j", "Space", "d");
            assertThat(t.status()).contains("删除 2 条");
            t.type("广告");
            t.press("x", "Enter");
            assertThat(t.text()).contains("2 个决定中有 2 个已生效");
            assertThat(pending()).extracting(QueueEntry::cid)
                    .doesNotContain(entries.get(0).cid(), entries.get(1).cid());
            assertThat(demo.session().moderation().audit().read()).anySatisfy(line ->
                    assertThat(line.toString()).contains("广告"));
        }
    }

    @Test
    void aDecisionFromTheScreenIsLoggedAsSentBeforeItsAnswerThatNeverComes() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            QueueEntry first = pending().get(0);
            demo.dropNextWriteAnswer();
            t.press("a", "x", "y");
            var log = demo.session().moderation().audit().read();
            assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "unknown");
            assertThat(log).allSatisfy(line -> {
                assertThat(line.cid()).isEqualTo(first.cid());
                assertThat(line.moderator()).isEqualTo("admin");
                assertThat(line.text()).isEqualTo(first.text());
            });
        }
    }

    @Test
    void ignoringMovesTheCommentToTheIgnoredTab() throws Exception {
        try (ScreenTester t = queue(200, 60)) {
            QueueEntry first = pending().get(0);
            t.press("i", "x", "y", "Escape", "Tab");
            assertThat(t.row(0)).contains("已忽略");
            assertThat(t.text()).contains("#" + first.cid());
            assertThat(publicComments(first.aid())).extracting(Comment::cid).doesNotContain(first.cid());
        }
    }

    @Test
    void undoTakesBackADecisionNotYetSent() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            t.press("a");
            assertThat(t.row(1)).contains("[通过]");
            t.press("u");
            assertThat(t.row(1)).doesNotContain("[通过]");
            t.press("x");
            assertThat(t.status()).contains("没有要发送的决定");
        }
    }

    @Test
    void aLapsedAdminSessionAsksForThePasswordAndSendsTheSameBatch() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            List<QueueEntry> entries = pending();
            t.press("*", "a");
            demo.advanceClock(Duration.ofMinutes(31));
            t.press("x", "y");
            assertThat(t.text()).contains("管理中心需要再次输入密码");
            t.write("wrong").press("Enter");
            assertThat(t.text()).contains("管理中心需要再次输入密码");
            t.write("admin123").press("Enter");
            assertThat(t.text()).contains(entries.size() + " 个决定中有 " + entries.size() + " 个已生效");
            assertThat(pending()).extracting(QueueEntry::cid).doesNotContainAnyElementsOf(
                    entries.stream().map(QueueEntry::cid).toList());
        }
    }

    @Test
    void enterOpensTheArticleAtThatComment() throws Exception {
        try (ScreenTester t = queue(200, 60)) {
            QueueEntry first = pending().get(0);
            t.press("Enter");
            assertThat(t.row(0)).doesNotContain("评论审核");
            assertThat(t.text()).contains(first.author().name() + " · " + ArticleLayout.time(first.time()))
                    .contains(first.text());
            t.press("q");
            assertThat(t.row(0)).contains("评论审核：未审核");
        }
    }

    @Test
    void aModeratorDeletesAnotherMembersCommentOnTheArticlePage() throws Exception {
        try (ScreenTester t = ModerationScreens.reader(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "moderator1", "mod12345");
            t.press(":");
            t.type("aid 13");
            t.press("1", "D");
            assertThat(t.status()).contains("的这条评论？");
            t.press("y");
            assertThat(t.status()).contains("评论已删除");
        }
    }

    @Test
    void aKeywordFiltersTheQueueAndEscClearsIt() throws Exception {
        try (ScreenTester t = queue(200, 60)) {
            t.press("/");
            t.type("待审词");
            QueuePage matching = demo.session().moderation()
                    .queue(QueueFilter.pending().withKeyword("待审词"), 1);
            assertThat(matching.entries()).isNotEmpty();
            assertThat(t.text()).contains("#" + matching.entries().get(0).cid());
            assertThat(t.status()).contains("共 " + matching.total() + " 条");
            t.press("Escape");
            assertThat(t.row(0)).contains("评论审核：未审核");
            assertThat(t.text()).contains("审核测试");
        }
    }

    @Test
    void aCategoryAndATimeRangeNarrowTheQueueAndTheHeaderSaysSo() throws Exception {
        try (ScreenTester t = queue(200, 60)) {
            t.press("c");
            t.type("8");
            assertThat(t.row(0)).contains("分类 8");
            QueueFilter inEight = QueueFilters.withCategory(QueueFilter.pending(), 8);
            assertThat(t.status()).contains("共 " + demo.session().moderation().queue(inEight, 1).total() + " 条");
            t.press("t");
            assertThat(t.row(0)).contains("分类 8").contains("近一周");
            QueuePage week = demo.session().moderation().queue(QueueFilters.nextPeriod(inEight), 1);
            assertThat(t.status()).contains("共 " + week.total() + " 条");
            t.press("Escape");
            assertThat(t.row(0)).doesNotContain("分类 8").doesNotContain("近一周");
        }
    }

    @Test
    void bracketsTurnThePagesOfTheQueue() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            QueueEntry second = demo.session().moderation().queue(QueueFilter.pending(), 2).entries().get(0);
            t.press("]");
            assertThat(t.status()).contains("2/7");
            assertThat(t.row(1)).contains("#" + second.cid());
            t.press("[", "[");
            assertThat(t.status()).contains("1/7");
        }
    }

    @Test
    void editChangesTheCommentTextThroughTheFrontEnd() throws Exception {
        try (ScreenTester t = queue(80, 24)) {
            QueueEntry first = pending().get(0);
            t.press("e");
            assertThat(t.text()).contains("修改评论 #" + first.cid());
            t.write("，已核实").press("Ctrl-s");
            assertThat(t.status()).contains("评论 #" + first.cid() + " 已修改");
            assertThat(pending().get(0).text()).endsWith("，已核实");
        }
    }

    @Test
    void wrongPasswordsSayHowManyTriesAreLeftAndTheLockIsToldInOneLine() throws Exception {
        try (ScreenTester t = ModerationScreens.reader(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "admin", "admin123");
            t.press("M");
            t.write("wrong1").press("Enter");
            assertThat(t.text()).contains("还可尝试 3 次").doesNotContain("wrong1");
            for (int i = 2; i <= 5 && !t.text().contains("锁定"); i++) {
                t.write("wrong" + i).press("Enter");
            }
            assertThat(t.text()).contains("您的管理面板已经锁定").contains("秒以后重新访问管理中心");
            t.press("Escape");
            assertThat(t.status()).contains("管理中心仍锁定");
        }
    }

    @Test
    void aMemberIsOfferedNoModeration() throws Exception {
        try (ScreenTester t = ModerationScreens.reader(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("j");
            assertThat(t.status()).doesNotContain("M:审核");
            t.press("?");
            assertThat(t.text()).doesNotContain("审核队列");
            t.press("q", "M");
            assertThat(t.status()).contains("没有审核权限");
        }
    }

    @Test
    void anAdministratorIsOfferedTheQueueInHintsAndHelp() throws Exception {
        try (ScreenTester t = ModerationScreens.reader(demo, 200, 60)) {
            t.press("L");
            WriteScreens.signIn(t, "admin", "admin123");
            t.press("j");
            assertThat(t.status()).contains("M:审核");
            t.press("?");
            assertThat(t.text()).contains("审核队列");
        }
    }

    @Test
    void aModeratorWithFrontEndRightsOnlyGetsNoQueue() throws Exception {
        try (ScreenTester t = ModerationScreens.reader(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "moderator1", "mod12345");
            t.press("M");
            assertThat(t.row(0)).doesNotContain("评论审核");
            assertThat(t.status()).containsAnyOf("没有审核队列", "没有审核权限");
        }
    }
}
