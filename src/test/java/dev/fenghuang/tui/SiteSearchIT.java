package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In tmux, the built reader on the demo portal: s searches the site for 脱贫, the match drawn in a style (not the
 * site's markup), Enter opens the article; a second search within ten seconds counts down, then shows 渠县's hits.
 */
class SiteSearchIT {
    @TempDir
    Path home;

    @Test
    void searchesTheSiteStylesTheMatchesAndWaitsOutTheTenSecondRule() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 100, 30)) {
            ItSteps.startOnDemo(tmux, launcher);
            tmux.keys("s");
            tmux.await(s -> s.contains("搜索站点"), TerminalReaderIT.WAIT);
            tmux.type("脱贫");
            tmux.keys("Enter");
            String found = tmux.await(s -> s.contains("巾帼脱贫行动"), TerminalReaderIT.WAIT);
            assertThat(ItSteps.lastLine(found)).contains("找到 “脱贫”");
            assertThat(found).doesNotContain("<strong>").doesNotContain("ff0000");
            String styled = tmux.tmux("capture-pane", "-e", "-p");
            assertThat(styled).containsPattern("巾帼(\u001b\\[[0-9;]*m)+脱贫(\u001b\\[[0-9;]*m)+行动");
            tmux.keys("s");
            tmux.await(s -> s.contains("搜索站点"), TerminalReaderIT.WAIT);
            tmux.type("渠县");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("秒后搜索"), TerminalReaderIT.WAIT);
            String quxian = tmux.await(s -> ItSteps.lastLine(s).contains("找到 “渠县”"), Duration.ofSeconds(30));
            assertThat(quxian).contains("渠县");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("发布者"), TerminalReaderIT.WAIT);
            tmux.keys("Q");
        }
    }
}
