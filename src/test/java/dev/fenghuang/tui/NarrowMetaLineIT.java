package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In tmux, with --lang zh in a narrow window, the sample article's meta line wraps between its groups: each label
 * stays on the row of its value.
 */
class NarrowMetaLineIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(ints = {30, 40, 52})
    void labelsStayWithTheirValues(int columns) throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, columns, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1; echo EXIT-$?");
            tmux.keys("Enter");
            String screen = tmux.await(s -> s.contains("查看") && s.contains("原作者"), TerminalReaderIT.WAIT);
            assertThat(screen).contains("发布者 归来").contains("查看 1999").contains("评论 0")
                    .contains("原作者 何俊笼");
            tmux.keys("Q");
            tmux.await(s -> s.contains("EXIT-0"), TerminalReaderIT.WAIT);
        }
    }
}
