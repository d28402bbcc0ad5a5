package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thread tools (5.8) from the thread view on the demo portal: a moderator closes the thread and it shows closed,
 * deletes a reply and marked replies, bans a post and it shows banned, moves the thread to a board chosen from the
 * list; each with its reason, which reaches the site's moderation log, and a confirmation naming what will happen.
 * A member is offered none of it.
 */
class ForumThreadToolsTest {
    @TempDir
    Path home;
    @TempDir
    Path readerHome;
    @TempDir
    Path otherHome;
    DemoSession demo;

    @AfterEach
    void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    private ScreenTester thread(String user, String password, String charset) throws Exception {
        return thread(user, password, charset, 1);
    }

    private ScreenTester thread(String user, String password, String charset, long tid) throws Exception {
        if (demo == null) {
            demo = DemoSession.open(home, Charset.forName(charset));
        }
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 100,
                30, new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("L");
        WriteScreens.signIn(t, user, password);
        t.press("Tab", ":").type(String.valueOf(tid));
        return t;
    }

    private ScreenTester moderator() throws Exception {
        return thread("moderator1", "mod12345", "UTF-8");
    }

    private Floor floor(int number) throws Exception {
        return floor(1, number);
    }

    private Floor floor(long tid, int number) throws Exception {
        return demo.session().forum().thread(tid, 1, 0).floors().stream().filter(f -> f.number() == number)
                .findFirst().orElseThrow();
    }

    /** reader1, signed in on a session of their own (another terminal), as the site sees them. */
    private PortalSession reader1() throws Exception {
        PortalSession reader = demo.guest(readerHome);
        assertThat(reader.participation().login("reader1", "reader123".toCharArray(), 0, "", false, "").accepted())
                .isTrue();
        return reader;
    }

    private List<AuditLog.Entry> audit() throws Exception {
        return demo.session().moderation().audit().read();
    }

    @Test
    void aModeratorClosesTheThreadWithAReasonAndItShowsClosed() throws Exception {
        try (ScreenTester t = moderator()) {
            assertThat(t.text()).doesNotContain("已关闭");
            t.press("m");
            assertThat(t.status()).contains("c关闭");
            t.press("c");
            t.type("讨论已经结束");
            assertThat(t.status()).contains("确定关闭本主题").contains("讨论已经结束").contains("(y/n)");
            t.press("y");
            assertThat(t.status()).contains("关闭：已生效");
            assertThat(t.text()).contains("已关闭");
            assertThat(demo.forumModerationLog()).anySatisfy(line -> assertThat(line).startsWith("1 moderator1")
                    .endsWith("讨论已经结束"));
            t.press("m");
            assertThat(t.status()).contains("c打开");
            t.press("Escape");
            assertThat(t.status()).doesNotContain("主题管理").contains("未做任何操作");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GBK"})
    void aModeratorDeletesAReplyWithTheToolsAndTheReasonIsSent(String charset) throws Exception {
        try (ScreenTester t = thread("moderator1", "mod12345", charset)) {
            Floor fifth = floor(5);
            t.press("5", "m", "d");
            t.type("广告内容");
            assertThat(t.status()).contains("删除 5#");
            t.press("y");
            assertThat(t.status()).contains("删除：5#（#" + fifth.pid() + " ").contains("已生效");
            assertThat(demo.forumPostState((int) fifth.pid())).isEqualTo("recycled");
            assertThat(demo.forumModerationLog()).anySatisfy(line -> assertThat(line).endsWith("广告内容"));
            assertThat(t.text()).doesNotContain(plain(fifth));
        }
    }

    @Test
    void markedFloorsAreDeletedTogether() throws Exception {
        try (ScreenTester t = moderator()) {
            Floor sixth = floor(6);
            Floor seventh = floor(7);
            t.press("6", "x", "7", "x");
            assertThat(t.status()).contains("2 个楼层");
            t.press("m", "d");
            t.type("");
            assertThat(t.status()).contains("6#").contains("7#").contains("未填原因");
            t.press("y");
            assertThat(demo.forumPostState((int) sixth.pid())).isEqualTo("recycled");
            assertThat(demo.forumPostState((int) seventh.pid())).isEqualTo("recycled");
        }
    }

    @Test
    void aBannedPostShowsAsBannedAndTheBanIsLifted() throws Exception {
        try (ScreenTester t = moderator()) {
            Floor third = floor(3);
            t.press("3", "m", "b");
            t.type("人身攻击");
            assertThat(t.status()).contains("屏蔽 板凳");
            t.press("y");
            assertThat(t.status()).contains("屏蔽：板凳（#" + third.pid() + " ").contains("已生效");
            assertThat(demo.forumPostState((int) third.pid())).isEqualTo("banned");
            assertThat(t.text()).contains("已屏蔽");
            t.press("3", "m", "u");
            t.type("误判");
            t.press("y");
            assertThat(demo.forumPostState((int) third.pid())).isEqualTo("visible");
        }
    }

    @Test
    void aThreadIsStuckAtALevelAskedForAndABadLevelSendsNothing() throws Exception {
        try (ScreenTester t = moderator()) {
            t.press("m", "s");
            t.type("7");
            assertThat(t.text()).contains("0 到 3 的数字");
            int logged = demo.forumModerationLog().size();
            t.press("m", "s");
            t.type("1");
            t.type("置顶推荐");
            assertThat(t.text()).contains("置顶为级别 1").contains("置顶推荐");
            t.press("y");
            assertThat(t.status()).contains("置顶：已生效");
            assertThat(demo.forumModerationLog()).hasSize(logged + 1);
        }
    }

    /** The site's popup offers this super moderator levels 0-2: level 3 is not sent, and the levels are named. */
    @Test
    void aStickLevelThePopupDoesNotOfferIsNotSent() throws Exception {
        try (ScreenTester t = moderator()) {
            int logged = demo.forumModerationLog().size();
            t.press("m", "s");
            t.type("3");
            t.type("全局置顶");
            t.press("y");
            assertThat(t.status()).contains("级别 3").contains("0, 1, 2").doesNotContain("未生效");
            assertThat(demo.forumModerationLog()).hasSize(logged);
        }
    }

    @Test
    void aThreadMovesToABoardChosenFromTheList() throws Exception {
        try (ScreenTester t = moderator()) {
            t.press("m", "m");
            assertThat(t.text()).contains("便民服务");
            t.press("Enter");
            assertThat(t.status()).contains("已经在这个版块");
            t.press("/").type("便民服务");
            t.press("Enter");
            t.type("发错版块");
            assertThat(t.status()).contains("移动到 便民服务");
            t.press("y");
            assertThat(t.status()).contains("移动：已生效");
            assertThat(demo.session().forum().thread(1, 1, 0, true).fid()).isEqualTo(3);
        }
    }

    @Test
    void aMemberIsOfferedNoTools() throws Exception {
        try (ScreenTester t = thread("reader1", "reader123", "UTF-8")) {
            t.press("m");
            assertThat(t.status()).contains("只给本版版主");
            t.press("3", "x");
            assertThat(t.status()).contains("只给本版版主");
            t.resize(160, 120);
            t.press("?");
            assertThat(t.text()).contains("收藏主题").doesNotContain("主题管理");
        }
    }

    @Test
    void theHelpListsTheToolsOnceAThreadOfferedThem() throws Exception {
        try (ScreenTester t = moderator()) {
            t.resize(160, 120);
            t.press("?");
            assertThat(t.text()).contains("m  ").contains("主题管理");
        }
    }

    /** The brief's "blind deletion": a reply posted while the question was open would go with the thread. */
    @Test
    void aReplyPostedWhileTheFirstPostsDeletionWasAskedStopsItAndTheThreadIsShownAgain() throws Exception {
        try (ScreenTester t = thread("moderator1", "mod12345", "UTF-8", 7)) {
            Floor first = floor(7, 1);
            t.press("1", "m", "d");
            t.type("重复主题");
            assertThat(statusRows(t)).contains("楼主").contains("整个主题").contains("(y/n)");
            long late;
            try (PortalSession reader = reader1()) {
                late = reader.participation().forum().reply(7, 0, "删帖前刚发的新回复").pid();
            }
            t.press("y");
            assertThat(t.status()).contains("主题 7 在你查看之后有 1 个新回复").contains("未删除");
            assertThat(demo.forumPostState((int) first.pid())).isEqualTo("visible");
            assertThat(demo.forumPostState((int) late)).isEqualTo("visible");
            assertThat(t.text()).contains("删帖前刚发的新回复");
            assertThat(audit()).isEmpty();
        }
    }

    /**
     * The count alone is no proof: while the first post's deletion is asked, a reply on a later page is deleted and
     * another posted, and the count is as shown. The question named the thread's last post; it is compared before
     * sending, so nothing is deleted and the status says which post is last now.
     */
    @Test
    void aReplySwappedForAnotherUnderTheSameCountStopsTheFirstPostsDeletion() throws Exception {
        try (ScreenTester t = thread("moderator1", "mod12345", "UTF-8", 1)) {
            t.resize(160, 30);
            var shown = demo.session().forum().thread(1, 1, 0);
            assertThat(shown.pageCount()).isGreaterThan(2);
            List<Floor> lastPage = demo.session().forum().thread(1, shown.pageCount(), 0).floors();
            Floor lastSeen = lastPage.get(lastPage.size() - 1);
            long middle = demo.session().forum().thread(1, 3, 0).floors().get(2).pid();
            t.press("1", "m", "d");
            t.type("重复主题");
            assertThat(t.status()).contains("整个主题").contains(String.valueOf(shown.replies()))
                    .contains(lastSeen.label()).contains("(y/n)");
            long newer;
            try (PortalSession other = demo.guest(otherHome)) {
                assertThat(other.participation().login("moderator1", "mod12345".toCharArray(), 0, "", false, "")
                        .accepted()).isTrue();
                other.moderation().forum().threadTool(1, new ThreadTool.DeletePosts(List.of(middle)), "");
            }
            try (PortalSession reader = reader1()) {
                newer = reader.participation().forum().reply(1, 0, "版主看过之后才发的回复").pid();
            }
            assertThat(demo.session().forum().thread(1, 1, 0, true).replies()).isEqualTo(shown.replies());
            t.press("y");
            assertThat(statusRows(t)).as("the status rows").contains("主题 1").contains("#" + newer)
                    .contains("#" + lastSeen.pid()).contains("未删除");
            assertThat(demo.forumPostState((int) shown.floors().get(0).pid())).isEqualTo("visible");
            assertThat(demo.forumPostState((int) newer)).isEqualTo("visible");
            assertThat(audit()).isEmpty();
        }
    }

    /** reader1's reply to thread 3, posted before the moderator opens it: its floor as the thread shows it. */
    private Floor readersReplyInThreadThree() throws Exception {
        demo = DemoSession.open(home, Charset.forName("UTF-8"));
        demo.advanceClock(java.time.Duration.ofMinutes(5));
        long pid;
        try (PortalSession reader = reader1()) {
            pid = reader.participation().forum().reply(3, 0, "这条回复稍后会被删除").pid();
        }
        return demo.session().forum().thread(3, 1, 0, true).floors().stream().filter(f -> f.pid() == pid)
                .findFirst().orElseThrow();
    }

    @Test
    void aPostItsAuthorChangedWhileTheDeletionWasAskedIsNotDeletedAndItsNewTextIsShown() throws Exception {
        Floor reply = readersReplyInThreadThree();
        try (ScreenTester t = thread("moderator1", "mod12345", "UTF-8", 3)) {
            t.press(String.valueOf(reply.number()), "m", "d");
            t.type("广告");
            assertThat(t.status()).contains("删除 " + reply.label());
            try (PortalSession reader = reader1()) {
                assertThat(reader.participation().forum().edit(3, reply.pid(), "作者在删除前改过的文字 EDITED", null)
                        .accepted()).isTrue();
            }
            t.press("y");
            List<String> rows = t.rows();
            String said = String.join("", rows.subList(rows.size() - 2, rows.size()));
            assertThat(said).as("the status rows").contains(reply.label() + " 已改过，未执行任何操作")
                    .contains("作者在删除前改过的文字");
            assertThat(demo.forumPostState((int) reply.pid())).isEqualTo("visible");
            assertThat(t.text()).contains("作者在删除前改过的文字 EDITED");
            assertThat(audit()).isEmpty();
        }
    }

    /** After the deletion the floor's name belongs to another post: the result names the deleted one by id too. */
    @Test
    void theResultNamesTheDeletedPostByWhatWasShownNotByTheFloorItLeft() throws Exception {
        Floor reply = readersReplyInThreadThree();
        try (ScreenTester t = thread("moderator1", "mod12345", "UTF-8", 3)) {
            t.press(String.valueOf(reply.number()), "m", "d");
            t.type("广告");
            t.press("y");
            assertThat(t.status()).contains(reply.label() + "（#" + reply.pid() + " reader1）").contains("已生效");
            assertThat(demo.forumPostState((int) reply.pid())).isEqualTo("recycled");
        }
    }

    /** The status bar's row and the one above it, where a long question or error wraps. */
    private static String statusRows(ScreenTester t) {
        List<String> rows = t.rows();
        return String.join("", rows.subList(rows.size() - 2, rows.size()));
    }

    private static String plain(Floor f) {
        return f.blocks().stream().filter(b -> b instanceof dev.fenghuang.model.forum.PostBlock.Paragraph)
                .map(b -> ((dev.fenghuang.model.forum.PostBlock.Paragraph) b).text()).findFirst().orElse("");
    }
}
