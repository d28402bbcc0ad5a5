package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a session leaves nothing it started running: a program slow to end, or deaf to the hang-up, would
 * otherwise go on writing into the test's home while JUnit deletes it (seen in CI as "Failed to close extension
 * context" after a reader test had passed).
 */
class TmuxSessionIT {
    @TempDir
    Path home;

    @Test
    void aProgramDeafToTheHangUpIsEndedBeforeCloseReturns() throws Exception {
        List<ProcessHandle> started;
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("sh -c \"trap '' HUP; echo ar''med; while :; do sleep 0.1; done\"");
            tmux.keys("Enter");
            armed(tmux);
            started = tmux.startedInPanes();
            assertThat(started).as("the shell and the deaf program").hasSizeGreaterThan(1);
        }
        assertThat(started).allMatch(TmuxSession::ended);
    }

    @Test
    void aProgramThatEndsOnTheHangUpIsWaitedFor() throws Exception {
        Path done = home.resolve("done");
        List<ProcessHandle> started;
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("sh -c \"trap 'sleep 1; echo done > " + done + "; exit 0' HUP; echo ar''med; "
                    + "while :; do sleep 0.1; done\"");
            tmux.keys("Enter");
            armed(tmux);
            started = tmux.startedInPanes();
        }
        assertThat(started).allMatch(TmuxSession::ended);
        assertThat(Files.exists(done)).as("the hang-up handler finished before close returned").isTrue();
    }

    /**
     * Waits until the typed program has set its trap: it then prints "armed", which the typed line itself does not
     * show ({@code ar''med}).
     */
    private static void armed(TmuxSession tmux) throws Exception {
        tmux.await(screen -> screen.lines().anyMatch(line -> line.strip().equals("armed")), Duration.ofSeconds(10));
    }
}
