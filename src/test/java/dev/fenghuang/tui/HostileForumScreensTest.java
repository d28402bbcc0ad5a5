package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.EscapeScan;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forum tab on the hostile demo portal: escapes, controls and format characters in every board name, thread
 * type, subject, author name and body, and not one of them in a cell of the index, a board or a thread's floors.
 */
class HostileForumScreensTest {
    @TempDir
    static Path home;
    static PortalSession session;

    @BeforeAll
    static void open() {
        session = DemoReader.hostile(home);
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    @Test
    void noCellOfTheForumTabHoldsAnEscapeControlOrFormatCharacter() throws Exception {
        try (ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("zh"), 100, 30,
                new ExternalEditor("false"))) {
            t.loop.forum(Tui.forumOf(session));
            t.press("Tab");
            assertThat(t.text()).contains("渠县杂谈");
            assertClean(t, "forum index");
            t.press("Enter");
            assertClean(t, "board");
            t.press(":").type("1");
            assertThat(t.text()).contains("楼主");
            for (int page = 0; page < 12; page++) {
                assertClean(t, "thread, screen " + page);
                t.press("Space");
            }
        }
    }

    private static void assertClean(ScreenTester t, String where) {
        List<String> found = new ArrayList<>();
        for (String row : t.rows()) {
            found.addAll(EscapeScan.inText(row));
        }
        assertThat(found).as("%s:%n%s", where, t.text()).isEmpty();
    }
}
