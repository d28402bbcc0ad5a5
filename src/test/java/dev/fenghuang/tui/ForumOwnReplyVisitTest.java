package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.term.ExternalEditor;
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

    private void replyFromTheBoard(String text) throws Exception {
        try (ScreenTester t = tester(demo.session())) {
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
        try (PortalSession next = demo.guest(home); ScreenTester t = tester(next)) {
            t.press("Tab", "Enter");
            assertThat(t.text()).contains(THREAD).doesNotContain("+1 " + THREAD);
        }
    }

    @Test
    void aReplyBySomeoneElseAfterwardsStillShowsAsNew() throws Exception {
        replyFromTheBoard("我先回复一条");
        Path other = home.resolve("other");
        try (PortalSession them = demo.guest(other)) {
            assertThat(them.participation().login("moderator1", "mod12345".toCharArray(), 0, null, true, null)
                    .accepted()).isTrue();
            demo.advanceClock(java.time.Duration.ofSeconds(30));
            assertThat(them.participation().forum().reply(1, 0, "别人后来的回复").accepted()).isTrue();
        }
        try (PortalSession next = demo.guest(home); ScreenTester t = tester(next)) {
            t.press("Tab", "Enter");
            t.press("r"); // the list this home stored is still fresh; the other member's reply is on the site
            assertThat(t.text()).contains("+1 " + THREAD);
        }
    }
}
