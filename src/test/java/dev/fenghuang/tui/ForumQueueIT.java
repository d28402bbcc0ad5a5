package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux at 80×24 on the demo portal, as a moderator runs it: the admin signs in, M opens the
 * comment queue behind the admin panel's password, f f the forum's replies queue with the reply the censor word
 * held; e shows its thread without it, the reply is approved with a then x, and the thread read again shows it.
 */
class ForumQueueIT {
    private static final String HELD = "这条回复带了待审词";

    @TempDir
    Path home;

    @Test
    void theAdminApprovesAHeldReplyFromTheRepliesQueueAndSeesItInTheThread() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            ItSteps.startOnDemo(tmux, launcher);
            ItSteps.signIn(tmux, "admin", "admin123");
            tmux.type("M");
            tmux.await(s -> s.contains("管理中心需要再次输入密码"), TerminalReaderIT.WAIT);
            tmux.type("admin123");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("评论审核：未审核") && s.contains(" · #"), TerminalReaderIT.WAIT);
            tmux.type("f");
            tmux.await(s -> s.contains("论坛审核：主题") && s.contains(" · #"), TerminalReaderIT.WAIT);
            tmux.type("f");
            String queue = tmux.await(s -> s.contains("论坛审核：回复") && s.contains(HELD), TerminalReaderIT.WAIT);
            assertThat(queue).contains("reader2");
            tmux.type("e");
            tmux.await(s -> !s.contains("论坛审核") && s.contains("楼主"), TerminalReaderIT.WAIT);
            assertThat(tmux.screen()).doesNotContain(HELD);
            tmux.type("M");
            tmux.await(s -> s.contains("评论审核：未审核") && s.contains(" · #"), TerminalReaderIT.WAIT);
            tmux.type("ff");
            tmux.await(s -> s.contains("论坛审核：回复") && s.contains(HELD), TerminalReaderIT.WAIT);
            tmux.type("a");
            tmux.await(s -> s.contains("[通过]"), TerminalReaderIT.WAIT);
            tmux.type("x");
            tmux.await(s -> s.contains("发送 1 个决定"), TerminalReaderIT.WAIT);
            tmux.type("y");
            tmux.await(s -> s.contains("1 个决定中有 1 个已生效"), TerminalReaderIT.WAIT);
            tmux.keys("Escape");
            tmux.await(s -> !s.contains("已生效"), TerminalReaderIT.WAIT);
            tmux.keys("Escape");
            tmux.await(s -> !s.contains("论坛审核"), TerminalReaderIT.WAIT);
            tmux.type("r");
            assertThat(bottomShows(tmux, HELD)).as(tmux.screen()).isTrue();

            tmux.keys("C-c");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }

    /** Goes to the thread's end (again, while the page read again comes in) until {@code text} shows there. */
    private static boolean bottomShows(TmuxSession tmux, String text) throws Exception {
        for (int tries = 0; tries < 20; tries++) {
            tmux.type("G");
            try {
                tmux.await(s -> s.contains(text), java.time.Duration.ofSeconds(1));
                return true;
            } catch (AssertionError notYet) {
                // the page read again may still be coming in: G once more
            }
        }
        return false;
    }
}
