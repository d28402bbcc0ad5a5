package dev.fenghuang.tui;

import static dev.fenghuang.tui.ForumVisitRig.THREAD;
import static dev.fenghuang.tui.ForumVisitRig.tester;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One's own reply is not a new reply: opening a thread from its board, replying, and coming back (in this run, or
 * the next one) leaves no {@code +1} on the thread; a reply by someone else still shows as new.
 */
class ForumOwnReplyVisitTest {
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

    private void replyFromTheBoard(String text) throws Exception {
        try (ScreenTester t = tester(rig.demo.session())) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("Tab", "Enter", "/").type("黄花节攻略");
            t.press("Enter");
            t.press("R");
            t.write(text);
            t.press("Ctrl-s");
            assertThat(t.text()).contains(text);
            t.press("q", "r");
            assertThat(t.text()).contains(THREAD).doesNotContain("+1 " + THREAD);
        }
    }

    @Test
    void anOwnReplyIsNotCountedAsNewOnTheNextVisit() throws Exception {
        replyFromTheBoard("自己的回复不算新回复");
        try (PortalSession next = rig.demo.guest(home); ScreenTester t = tester(next)) {
            t.press("Tab", "Enter");
            assertThat(t.text()).contains(THREAD).doesNotContain("+1 " + THREAD);
        }
    }

    @Test
    void aReplyBySomeoneElseAfterwardsStillShowsAsNew() throws Exception {
        replyFromTheBoard("我先回复一条");
        rig.othersReply(1);
        try (PortalSession next = rig.demo.guest(home); ScreenTester t = tester(next)) {
            t.press("Tab", "Enter");
            t.press("r"); // the list this home stored is still fresh; the other member's reply is on the site
            assertThat(t.text()).contains("+1 " + THREAD);
        }
    }
}
