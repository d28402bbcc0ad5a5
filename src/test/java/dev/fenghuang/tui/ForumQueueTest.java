package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.fenghuang.DemoSession;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.demo.forum.seed.SeedThreads;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forum's moderation queues in the reader, on the demo portal's admin panel and front-end panel: f goes round
 * comments, held threads and held replies; the comment queue's keys, marks, batches, password form and clicks work
 * the same there, at 80×24 and 40×12.
 */
class ForumQueueTest {
    private static final String HELD_TEXT = "请版主看看这条回复，审核测试";

    @TempDir
    Path home;
    @TempDir
    Path readerHome;
    @TempDir
    Path guestHome;
    DemoSession demo;
    long heldPid;

    @BeforeEach
    void start() throws Exception {
        demo = WriteScreens.demo(home);
        demo.advanceClock(Duration.ofMinutes(5));
        try (PortalSession reader = demo.guest(readerHome)) {
            assertThat(reader.participation().login("reader1", "reader123".toCharArray(), 0, "", false, "")
                    .accepted()).isTrue();
            ForumWrite held = reader.participation().forum().reply(SeedThreads.LONG_TID, 0, HELD_TEXT);
            assertThat(held.pending()).as(held.toString()).isTrue();
            heldPid = held.pid();
        }
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester reader(int columns, int rows) throws Exception {
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withMouse(true),
                columns, rows, new ExternalEditor("false"), true);
        PortalSession s = demo.session();
        ForumParts forum = Tui.forumOf(s);
        t.loop.forum(forum);
        Tui.moderateForum(t.loop, forum, Tui.forumTriageOf(s));
        return t;
    }

    /** Signed in as the admin, the admin panel unlocked, on the comment queue. */
    private ScreenTester admin(int columns, int rows) throws Exception {
        ScreenTester t = reader(columns, rows);
        t.press("L");
        WriteScreens.signIn(t, "admin", "admin123");
        t.press("M");
        assertThat(t.text()).contains("管理中心需要再次输入密码");
        t.write("admin123").press("Enter");
        assertThat(t.row(0)).contains("评论审核");
        return t;
    }

    private List<HeldPost> held(HeldKind kind) throws Exception {
        return demo.session().moderation().forum().queue(HeldFilter.waiting(kind), 1).entries();
    }

    private List<Floor> guestsLastPage() throws Exception {
        try (PortalSession guest = demo.guest(guestHome)) {
            return guest.forum().lastPage(SeedThreads.LONG_TID).floors();
        }
    }

    private static void click(ScreenTester t, int column, int row) throws Exception {
        t.loop.press(new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(column, row)));
        t.loop.settle();
    }

    @Test
    void fGoesRoundCommentsThreadsAndRepliesAndTheHintsAndHelpSaySo() throws Exception {
        try (ScreenTester t = admin(80, 24)) {
            t.press("g");
            assertThat(t.status()).contains("f:论坛");
            t.press("f");
            assertThat(t.row(0)).contains("论坛审核：主题").contains("未审核");
            t.press("f");
            assertThat(t.row(0)).contains("论坛审核：回复").contains("未审核");
            assertThat(t.status()).contains("a:通过").contains("f:队列");
            t.press("f");
            assertThat(t.row(0)).contains("评论审核：未审核");
            t.press("?");
            StringBuilder help = new StringBuilder(t.text());
            for (int page = 0; page < 8 && !help.toString().contains("下一个队列"); page++) {
                help.append(t.press("Space").text());
            }
            assertThat(help.toString()).contains("f").contains("审核队列中：下一个队列（评论、主题、回复）");
        }
    }

    @Test
    void fWorksWhileTheQueuePageIsStillLoading() throws Exception {
        try (ScreenTester t = admin(80, 24)) {
            t.loop.press(new KeyStroke(KeyType.Tab));
            t.loop.press(new KeyStroke('f', false, false));
            t.loop.settle();
            assertThat(t.row(0)).contains("论坛审核：主题");
        }
    }

    @Test
    void aReplyHeldByACensorWordIsApprovedFromTheRepliesQueueAndThenShowsInTheThread() throws Exception {
        try (ScreenTester t = admin(80, 24)) {
            assertThat(guestsLastPage()).extracting(Floor::pid).doesNotContain(heldPid);
            t.press("f", "f");
            assertThat(t.row(1)).contains("reader1").contains("#" + heldPid);
            assertThat(t.text()).contains(HELD_TEXT);
            t.press("a");
            assertThat(t.row(1)).contains("[通过]");
            t.press("x");
            assertThat(t.status()).contains("发送 1 个决定");
            t.press("y");
            assertThat(t.text()).contains("#" + heldPid).contains("已完成");
            assertThat(guestsLastPage()).extracting(Floor::pid).contains(heldPid);
            assertThat(held(HeldKind.REPLY)).extracting(HeldPost::pid).doesNotContain(heldPid);
            assertThat(demo.session().moderation().audit().read()).extracting(AuditLog.Entry::action)
                    .containsExactly("approve-reply", "approve-reply");
            t.press("Escape");
            assertThat(t.text()).doesNotContain("#" + heldPid + " ");
        }
    }

    /** The author edits the held reply after the moderator saw it: the deletion is not sent, the new text shows. */
    @Test
    void aHeldReplyItsAuthorChangedAfterItWasShownIsNotDeletedAndShowsItsNewText() throws Exception {
        try (ScreenTester t = admin(200, 60)) {
            t.press("f", "f");
            assertThat(t.row(1)).contains("#" + heldPid);
            t.press("d");
            t.type("广告");
            try (PortalSession reader = demo.guest(readerHome)) {
                assertThat(reader.participation().login("reader1", "reader123".toCharArray(), 0, "", false, "")
                        .accepted()).isTrue();
                assertThat(reader.participation().forum().edit(SeedThreads.LONG_TID, heldPid,
                        "作者在删除前改过的文字 EDITED 审核测试", null).accepted()).isTrue();
            }
            t.press("x", "y");
            assertThat(t.text()).contains("#" + heldPid).contains("显示之后已改过");
            assertThat(held(HeldKind.REPLY)).extracting(HeldPost::pid).contains(heldPid);
            assertThat(t.text()).contains("作者在删除前改过的文字 EDITED");
            assertThat(demo.session().moderation().audit().read()).isEmpty();
        }
    }

    @Test
    void eShowsTheHeldReplysThreadWhichShowsTheReplyOnceApproved() throws Exception {
        try (ScreenTester t = admin(200, 60)) {
            t.press("f", "f", "e");
            assertThat(t.row(0)).doesNotContain("论坛审核");
            assertThat(t.status()).contains("7/7");
            assertThat(t.text()).doesNotContain(HELD_TEXT);
            t.press("M", "f", "f");
            assertThat(t.row(0)).contains("论坛审核：回复");
            t.press("a", "x", "y");
            assertThat(t.text()).contains("1 个决定中有 1 个已生效");
            t.press("Escape", "Escape");
            assertThat(t.row(0)).doesNotContain("论坛审核");
            t.press("r", "G");
            assertThat(t.text()).contains(HELD_TEXT);
        }
    }

    @Test
    void marksMakeOneDecisionForEveryHeldReplyAndTheReasonGoesToTheLog() throws Exception {
        try (ScreenTester t = admin(200, 60)) {
            t.press("f", "f");
            List<HeldPost> page = held(HeldKind.REPLY);
            t.press("*", "d");
            assertThat(t.status()).contains("删除 " + page.size() + " 条");
            t.type("广告");
            t.press("x", "Enter");
            assertThat(t.text()).contains(page.size() + " 个决定中有 " + page.size() + " 个已生效");
            assertThat(held(HeldKind.REPLY)).isEmpty();
            assertThat(demo.session().moderation().audit().read()).filteredOn(line ->
                    line.toString().contains("广告")).hasSize(2 * page.size());
        }
    }

    @Test
    void aDecisionMovesOnToTheNextHeldPostSoTheNextKeyDecidesAboutIt() throws Exception {
        try (ScreenTester t = admin(200, 60)) {
            t.press("f", "f");
            assertThat(held(HeldKind.REPLY)).hasSizeGreaterThanOrEqualTo(2);
            t.press("a");
            assertThat(t.status()).contains("2/");
            t.press("d");
            t.type("");
            t.press("x");
            assertThat(t.status()).contains("发送 2 个决定");
        }
    }

    @Test
    void aHeldThreadWaitsInTheThreadsQueueAndIsApprovedThere() throws Exception {
        try (ScreenTester t = admin(200, 60)) {
            t.press("f");
            assertThat(t.text()).contains("#" + SeedThreads.HELD_TID).contains("想问问大家对审核测试的看法");
            assertThat(held(HeldKind.THREAD)).extracting(HeldPost::tid).contains((long) SeedThreads.HELD_TID);
            t.press("a", "x", "y");
            assertThat(t.text()).contains("1 个决定中有 1 个已生效");
            assertThat(held(HeldKind.THREAD)).extracting(HeldPost::tid).doesNotContain((long) SeedThreads.HELD_TID);
        }
    }

    @Test
    void ignoreThenUndoLeavesTheReplyThenIgnoringSendsItToTheIgnoredTab() throws Exception {
        try (ScreenTester t = admin(80, 24)) {
            t.press("f", "f", "i");
            assertThat(t.row(1)).contains("[忽略]");
            t.press("u");
            assertThat(t.row(1)).doesNotContain("[忽略]");
            t.press("x");
            assertThat(t.status()).contains("没有要发送的决定");
            t.press("Space", "i", "x", "y", "Escape");
            assertThat(t.text()).doesNotContain("#" + heldPid);
            t.press("Tab");
            assertThat(t.row(0)).contains("已忽略");
            assertThat(t.text()).contains("#" + heldPid);
            assertThat(guestsLastPage()).extracting(Floor::pid).doesNotContain(heldPid);
        }
    }

    @Test
    void aLapsedAdminSessionReopensThePasswordFormAndKeepsTheBatch() throws Exception {
        try (ScreenTester t = admin(80, 24)) {
            t.press("f", "f", "a");
            demo.advanceClock(Duration.ofMinutes(31));
            t.press("x", "y");
            assertThat(t.text()).contains("管理中心需要再次输入密码");
            t.press("Escape");
            assertThat(t.status()).contains("管理中心仍锁定");
            assertThat(t.row(1)).contains("[通过]");
            t.press("x", "y");
            assertThat(t.text()).contains("管理中心需要再次输入密码");
            t.write("admin123").press("Enter");
            assertThat(t.text()).contains("1 个决定中有 1 个已生效");
            assertThat(guestsLastPage()).extracting(Floor::pid).contains(heldPid);
        }
    }

    @Test
    void aSuperModeratorWithoutTheAdminPanelModeratesOnTheFrontEndPanelAfterItsPassword() throws Exception {
        try (ScreenTester t = reader(80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "moderator1", "mod12345");
            t.press("M");
            assertThat(t.text()).contains("管理面板需要输入密码").doesNotContain("安全提问");
            t.write("wrong-password").press("Enter");
            assertThat(t.text()).contains("管理面板需要输入密码").doesNotContain("wrong-password");
            t.write("mod12345").press("Enter");
            assertThat(t.row(0)).contains("管理面板：主题");
            t.press("f");
            assertThat(t.row(0)).contains("管理面板：回复");
            assertThat(t.text()).contains("#" + heldPid);
            t.press("a", "x", "y");
            assertThat(t.text()).contains("1 个决定中有 1 个已生效");
            assertThat(guestsLastPage()).extracting(Floor::pid).contains(heldPid);
            assertThat(demo.session().moderation().audit().read()).extracting(AuditLog.Entry::moderator)
                    .containsOnly("moderator1");
            t.press("Escape", "f");
            assertThat(t.row(0)).contains("管理面板：主题");
        }
    }

    @Test
    void onTheFrontEndPanelAHeldReplyItsAuthorChangedAfterItWasShownIsNotDeleted() throws Exception {
        try (ScreenTester t = reader(200, 60)) {
            t.press("L");
            WriteScreens.signIn(t, "moderator1", "mod12345");
            t.press("M");
            t.write("mod12345").press("Enter");
            t.press("f");
            assertThat(t.row(0)).contains("管理面板：回复");
            assertThat(t.row(1)).contains("#" + heldPid);
            t.press("d");
            t.type("广告");
            try (PortalSession reader = demo.guest(readerHome)) {
                assertThat(reader.participation().login("reader1", "reader123".toCharArray(), 0, "", false, "")
                        .accepted()).isTrue();
                assertThat(reader.participation().forum().edit(SeedThreads.LONG_TID, heldPid,
                        "面板上改过的文字 EDITED 审核测试", null).accepted()).isTrue();
            }
            t.press("x", "y");
            assertThat(t.text()).contains("#" + heldPid).contains("显示之后已改过");
            assertThat(demo.forumPostState((int) heldPid)).isEqualTo("pending");
            assertThat(t.text()).contains("面板上改过的文字 EDITED");
            assertThat(demo.session().moderation().audit().read()).isEmpty();
        }
    }

    @Test
    void aClickSelectsASecondOpensTheThreadAndNeitherDecides() throws Exception {
        try (ScreenTester t = admin(200, 60)) {
            t.press("f", "f");
            int second = -1;
            for (int r = 2; r < 60 && second < 0; r++) {
                if (t.row(r).contains(" · #")) {
                    second = r;
                }
            }
            assertThat(second).as(t.text()).isPositive();
            click(t, 10, second);
            assertThat(t.row(second)).startsWith(">");
            assertThat(t.row(1)).doesNotStartWith(">");
            click(t, 10, second);
            assertThat(t.row(0)).doesNotContain("论坛审核");
            t.press("q");
            assertThat(t.row(0)).contains("论坛审核：回复");
            assertThat(t.text()).doesNotContain("[通过]").doesNotContain("[删除]").doesNotContain("[忽略]");
        }
    }

    @Test
    void theQueueDrawsAt40By12() throws Exception {
        try (ScreenTester t = admin(40, 12)) {
            t.press("f", "f");
            assertThat(t.row(0)).contains("论坛审核");
            assertThat(t.row(1)).contains("reader1").contains("#" + heldPid);
            assertThat(t.text()).contains("请版主看看");
            t.press("a");
            assertThat(t.status()).as("moved on to the next").contains("2/");
            t.press("k");
            assertThat(t.row(1)).contains("[通过]");
        }
    }
}
