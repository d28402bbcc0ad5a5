package dev.fenghuang.tui;

import dev.fenghuang.tui.moderate.Triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fenghuang.DemoSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage through a real SSH connection: the demo portal runs in this JVM, sshd on 127.0.0.1 with throwaway keys,
 * {@code ssh -tt} inside tmux at 80×24. The far end signs in as admin with the CLI ({@code FENGHUANG_PASSWORD}),
 * then opens the reader on the same session file; M opens the queue, the admin panel is unlocked, a comment is
 * deleted, the outcome read from the pane, and quitting gives the remote shell's terminal back.
 */
class ModerationOverSshIT {
    @TempDir
    Path home;

    @Test
    void deletesACommentFromTheQueueOverSsh() throws Exception {
        assumeTrue(SshServer.available(), "openssh-server is not installed (.ci/run installs it)");
        String launcher = TerminalReaderIT.launcher();
        try (DemoSession demo = DemoSession.open(home.resolve("local"));
             SshServer sshd = SshServer.start(home.resolve("sshd"));
             TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            String site = " --site " + demo.baseUrl() + " --lang zh";
            Path remote = home.resolve("remote.sh");
            Files.writeString(remote, "export XDG_CONFIG_HOME=" + home.resolve("r/config")
                    + " XDG_STATE_HOME=" + home.resolve("r/state") + " XDG_CACHE_HOME=" + home.resolve("r/cache")
                    + " LANG=C.UTF-8 TERM=xterm-256color\n"
                    + "FENGHUANG_PASSWORD=admin123 " + launcher + site + " login --username admin || exit 9\n"
                    + launcher + site + "\necho REMOTE-DONE-$?\n");
            Path local = home.resolve("connect.sh");
            Files.writeString(local, "exec " + String.join(" ", sshd.sshCommand("sh " + remote)) + "\n");
            tmux.type("sh " + local);
            tmux.keys("Enter");
            tmux.await(s -> s.contains("[admin]"), Duration.ofSeconds(40));
            tmux.keys("M");
            tmux.await(s -> s.contains("管理中心需要再次输入密码"), Duration.ofSeconds(20));
            tmux.type("admin123");
            tmux.keys("Enter");
            String queue = tmux.await(s -> s.contains("评论审核：未审核") && s.contains("共 "), Duration.ofSeconds(20));
            assertThat(queue).contains("[admin]");
            tmux.keys("d");
            tmux.await(s -> s.contains("删除 1 条"), Duration.ofSeconds(10));
            tmux.keys("Enter");
            tmux.await(s -> s.contains("[删除]"), Duration.ofSeconds(10));
            tmux.keys("x");
            tmux.await(s -> s.contains("发送 1 个决定"), Duration.ofSeconds(10));
            tmux.keys("y");
            String told = tmux.await(s -> s.contains("1 个决定中有 1 个已生效"), Duration.ofSeconds(20));
            assertThat(told).contains("删除: 已完成");
            tmux.keys("q");
            tmux.await(s -> !s.contains("个已生效"), Duration.ofSeconds(10));
            tmux.keys("q");
            tmux.await(s -> !s.contains("评论审核"), Duration.ofSeconds(10));
            tmux.keys("q");
            String after = tmux.await(s -> s.contains("REMOTE-DONE-0"), Duration.ofSeconds(15));
            assertThat(after).doesNotContain("评论审核");
        }
    }
}
