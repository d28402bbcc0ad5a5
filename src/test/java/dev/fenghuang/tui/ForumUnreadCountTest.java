package dev.fenghuang.tui;

import static dev.fenghuang.tui.ForumVisitRig.THREAD;
import static dev.fenghuang.tui.ForumVisitRig.tester;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unread marker follows what others write: r on a board's list reads it again past the cache, so replies written
 * meanwhile show as {@code +N}; and one's own deleted reply does not swallow a later reply by someone else.
 */
class ForumUnreadCountTest {
    @TempDir
    Path home;
    ForumVisitRig rig;

    @BeforeEach
    void start() {
        rig = new ForumVisitRig(home);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void reloadingTheListShowsRepliesWrittenSinceItWasRead() throws Exception {
        try (ScreenTester t = tester(rig.demo.session())) {
            t.press("Tab", "Enter", "/").type("黄花节攻略");
            t.press("Enter", "q");
            assertThat(t.text()).contains(THREAD).contains("64/");
            rig.othersReply(1);
            t.press("r");
            assertThat(t.text()).contains("+1 " + THREAD).contains("65/");
        }
    }

    @Test
    void reloadingWithTheBoardTreeFocusedReadsTheCountsAgain() throws Exception {
        try (ScreenTester t = new ScreenTester(rig.demo.session(), TuiOptions.defaults().withLanguage("zh"), 120, 30,
                new ExternalEditor("false"))) {
            t.loop.forum(Tui.forumOf(rig.demo.session()));
            t.press("Tab");
            assertThat(t.text()).contains("64/");
            rig.othersReply(1);
            t.press("r");
            assertThat(t.text()).contains("65/");
        }
    }

    @Test
    void anOwnDeletedReplyDoesNotHideALaterReplyBySomeoneElse() throws Exception {
        try (ScreenTester t = tester(rig.demo.session())) {
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
        rig.othersReply(2);
        try (PortalSession next = rig.demo.guest(home); ScreenTester t = tester(next)) {
            t.press("Tab", "Enter");
            assertThat(t.text()).contains("+2 " + THREAD);
        }
    }
}
