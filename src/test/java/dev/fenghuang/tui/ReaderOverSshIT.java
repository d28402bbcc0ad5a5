package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader through a real SSH connection: sshd on 127.0.0.1 with throwaway keys, {@code ssh -tt} inside tmux at
 * 80×24, the reader on the demo portal at the far end; the title and text arrive, and quitting gives the remote
 * shell's terminal back.
 */
class ReaderOverSshIT {
    @TempDir
    Path home;

    @Test
    void readsTheSampleArticleOverSsh() throws Exception {
        assumeTrue(SshServer.available(), "openssh-server is not installed (.ci/run installs it)");
        String launcher = TerminalReaderIT.launcher();
        Path remote = home.resolve("remote.sh");
        java.nio.file.Files.writeString(remote, "export XDG_CONFIG_HOME=" + home.resolve("r/config")
                + " XDG_STATE_HOME=" + home.resolve("r/state") + " XDG_CACHE_HOME=" + home.resolve("r/cache")
                + " LANG=C.UTF-8 TERM=xterm-256color\n" + launcher + " --demo --open 1\necho REMOTE-DONE-$?\n");
        try (SshServer sshd = SshServer.start(home.resolve("sshd"));
             TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            Path local = home.resolve("connect.sh");
            java.nio.file.Files.writeString(local, "exec " + String.join(" ", sshd.sshCommand("sh " + remote)) + "\n");
            tmux.type("sh " + local);
            tmux.keys("Enter");
            String screen = tmux.await(s -> s.contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开")
                    || s.contains("全省“巾帼脱贫行动”"), Duration.ofSeconds(30));
            assertThat(screen).contains("归来");
            tmux.keys("q");
            tmux.keys("Q"); // q would go up to the sections: from --open, q shows the list first
            String after = tmux.await(s -> s.contains("REMOTE-DONE-0"), Duration.ofSeconds(15));
            assertThat(after).doesNotContain("归来");
        }
    }
}
