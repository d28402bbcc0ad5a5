package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.charset.Charset;
import java.nio.file.Path;
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
    DemoSession demo;

    @AfterEach
    void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    private ScreenTester thread(String user, String password, String charset) throws Exception {
        demo = DemoSession.open(home, Charset.forName(charset));
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 100,
                30, new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("L");
        WriteScreens.signIn(t, user, password);
        t.press("Tab", ":").type("1");
        return t;
    }

    private ScreenTester moderator() throws Exception {
        return thread("moderator1", "mod12345", "UTF-8");
    }

    private Floor floor(int number) throws Exception {
        return demo.session().forum().thread(1, 1, 0).floors().stream().filter(f -> f.number() == number)
                .findFirst().orElseThrow();
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
            assertThat(t.status()).contains("删除：5# 已生效");
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
            assertThat(t.status()).contains("屏蔽：板凳 已生效");
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

    private static String plain(Floor f) {
        return f.blocks().stream().filter(b -> b instanceof dev.fenghuang.model.forum.PostBlock.Paragraph)
                .map(b -> ((dev.fenghuang.model.forum.PostBlock.Paragraph) b).text()).findFirst().orElse("");
    }
}
