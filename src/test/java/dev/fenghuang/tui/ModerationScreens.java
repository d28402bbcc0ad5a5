package dev.fenghuang.tui;

import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.DemoSession;
import java.io.IOException;

/** Opens the reader on the demo portal with moderation wired as {@code main} wires it. */
public final class ModerationScreens {
    private ModerationScreens() {
    }

    public static ScreenTester reader(DemoSession demo, int columns, int rows) throws IOException {
        return new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh"), columns, rows,
                new ExternalEditor("false"), true);
    }
}
