package dev.fenghuang.tui;

import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.DemoSession;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the reader on the demo portal's sample article with a session that can write. */
public final class WriteScreens {
    public static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";

    private WriteScreens() {
    }

    public static ScreenTester article(DemoSession demo, int columns, int rows) throws IOException {
        return article(demo, columns, rows, new ExternalEditor("false"), false);
    }

    public static ScreenTester article(DemoSession demo, int columns, int rows, ExternalEditor editor, boolean external)
            throws IOException {
        return new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L)
                .withExternalEditor(external), columns, rows, editor);
    }

    /** Fills the sign-in form (already open) and sends it. */
    public static void signIn(ScreenTester t, String user, String password) throws IOException {
        t.write(user).press("Tab").write(password).press("Enter");
    }

    public static DemoSession demo(Path home) {
        return DemoSession.open(home);
    }
}
