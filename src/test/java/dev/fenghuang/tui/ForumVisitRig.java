package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The rig of the forum's visit tests: the demo portal with its state under {@code home}, the reader at 80×24 with
 * the forum tab, and replies to the long thread by another member.
 */
final class ForumVisitRig implements AutoCloseable {
    /** The long thread (tid 1) as its board lists it. */
    static final String THREAD = "[分享] 2026渠县黄花节攻略贴";

    final DemoSession demo;
    private final Path home;

    ForumVisitRig(Path home) {
        this.home = home;
        this.demo = WriteScreens.demo(home);
    }

    /** The reader at 80×24 over article 1, with the forum tab, on {@code session}. */
    static ScreenTester tester(PortalSession session) throws Exception {
        ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80, 24,
                new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(session));
        return t;
    }

    /** Another member (moderator1) replies {@code times} times to the long thread, past the site's flood control. */
    void othersReply(int times) throws Exception {
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

    @Override
    public void close() throws Exception {
        demo.close();
    }
}
