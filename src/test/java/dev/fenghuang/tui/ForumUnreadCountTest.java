package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unread marker follows what others write: r on a board's list reads it again past the cache, so replies written
 * meanwhile show as {@code +N}; and one's own deleted reply does not swallow a later reply by someone else.
 */
class ForumUnreadCountTest {
    private static final String THREAD = "[分享] 2026渠县黄花节攻略贴";

    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = WriteScreens.demo(home);
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private static ScreenTester tester(PortalSession session) throws Exception {
        ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80, 24,
                new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(session));
        return t;
    }

    /** Another member replies {@code times} times to the long thread, past the site's flood control. */
    private void othersReply(int times) throws Exception {
        try (PortalSession them = demo.guest(home.resolve("other"))) {
            assertThat(them.participation().login("moderator1", "mod12345".toCharArray(), 0, null, true, null)
                    .accepted()).isTrue();
            for (int i = 0; i < times; i++) {
                demo.advanceClock(Duration.ofSeconds(30));
                assertThat(them.participation().forum().reply(1, 0, "别人后来的第" + (i + 1) + "条回复").accepted())
                        .isTrue();
            }
        }
    }

    @Test
    void reloadingTheListShowsRepliesWrittenSinceItWasRead() throws Exception {
        try (ScreenTester t = tester(demo.session())) {
            t.press("Tab", "Enter", "/").type("黄花节攻略");
            t.press("Enter", "q");
            assertThat(t.text()).contains(THREAD).contains("64/");
            othersReply(1);
            t.press("r");
            assertThat(t.text()).contains("+1 " + THREAD).contains("65/");
        }
    }

    @Test
    void reloadingWithTheBoardTreeFocusedReadsTheCountsAgain() throws Exception {
        try (ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh"), 120, 30,
                new ExternalEditor("false"))) {
            t.loop.forum(Tui.forumOf(demo.session()));
            t.press("Tab");
            assertThat(t.text()).contains("64/");
            othersReply(1);
            t.press("r");
            assertThat(t.text()).contains("65/");
        }
    }

    @Test
    void anOwnDeletedReplyDoesNotHideALaterReplyBySomeoneElse() throws Exception {
        try (ScreenTester t = tester(demo.session())) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("Tab", "Enter", "/").type("黄花节攻略");
            t.press("Enter", "R");
            t.write("回复后又自己删掉");
            t.press("Ctrl-s");
            assertThat(t.text()).contains("回复后又自己删掉");
            t.press("6", "6", "D", "y");
            assertThat(t.status()).contains("帖子已删除");
        }
        othersReply(2);
        try (PortalSession next = demo.guest(home); ScreenTester t = tester(next)) {
            t.press("Tab", "Enter");
            assertThat(t.text()).contains("+2 " + THREAD);
        }
    }
}
