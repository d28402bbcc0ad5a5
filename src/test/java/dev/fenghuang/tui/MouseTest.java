package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.model.Comment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mouse on the virtual terminal, as Lanterna decodes it: the wheel scrolls the view under the pointer three lines
 * a notch, a click selects a row or a comment, a click on the selected row opens it; with the mouse off, nothing.
 */
class MouseTest {
    @TempDir
    static Path home;
    static PortalReader demo;
    static PortalReader fake;

    @BeforeAll
    static void open() {
        demo = DemoReader.open(home.resolve("demo"));
        FakeSite site = new FakeSite();
        site.articles.put(5L, FakeSite.article(5, "三条评论",
                java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "第" + i + "段。").toList(),
                FakeSite.comments(3)));
        fake = site.reader(home.resolve("fake"));
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
        fake.close();
    }

    private static ScreenTester reader(PortalReader reader, boolean mouse, Long aid, int columns) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withMouse(mouse).withOpenAid(aid),
                columns, 24);
    }

    private static void mouse(ScreenTester t, MouseActionType type, int button, int column, int row)
            throws Exception {
        t.loop.press(new MouseAction(type, button, new TerminalPosition(column, row)));
        t.loop.settle();
    }

    private static int selectedRow(ScreenTester t) {
        List<String> rows = t.rows();
        for (int r = 1; r < rows.size() - 1; r++) {
            if (rows.get(r).startsWith(">")) {
                return r;
            }
        }
        return -1;
    }

    @Test
    void theWheelMovesTheListThreeRowsANotch() throws Exception {
        try (ScreenTester t = reader(demo, true, null, 80)) {
            assertThat(selectedRow(t)).isEqualTo(1);
            mouse(t, MouseActionType.SCROLL_DOWN, 5, 10, 5);
            assertThat(selectedRow(t)).isEqualTo(4);
            mouse(t, MouseActionType.SCROLL_UP, 4, 10, 5);
            assertThat(selectedRow(t)).isEqualTo(1);
        }
    }

    @Test
    void aClickSelectsARowAndASecondClickOpensIt() throws Exception {
        try (ScreenTester t = reader(demo, true, null, 80)) {
            String clicked = t.row(3).substring(1).strip();
            mouse(t, MouseActionType.CLICK_DOWN, 1, 4, 3);
            mouse(t, MouseActionType.CLICK_RELEASE, 1, 4, 3);
            assertThat(selectedRow(t)).isEqualTo(3);
            assertThat(t.row(0)).contains("栏目");

            mouse(t, MouseActionType.CLICK_DOWN, 1, 4, 3);
            assertThat(t.row(0)).contains("demo › ").contains(clicked);
        }
    }

    @Test
    void inTwoPanesTheClickedPaneTakesTheFocus() throws Exception {
        try (ScreenTester t = reader(demo, true, null, 120)) {
            // at 120 columns each entry has its summary row under it: the second entry is on row 3
            var listed = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} (.+)$").matcher(t.row(3));
            assertThat(listed.find()).isTrue();
            mouse(t, MouseActionType.CLICK_DOWN, 1, 60, 3);
            assertThat(t.loop.current()).isInstanceOf(BrowseView.class);
            mouse(t, MouseActionType.CLICK_DOWN, 1, 60, 3);
            assertThat(t.row(1).strip()).isEqualTo(listed.group(1).strip());
            assertThat(t.loop.current()).isInstanceOf(ArticleView.class);
        }
    }

    @Test
    void theWheelScrollsAnArticleThreeLinesAndAClickSelectsAComment() throws Exception {
        try (ScreenTester t = reader(fake, true, 5L, 80)) {
            List<String> before = t.rows();
            mouse(t, MouseActionType.SCROLL_DOWN, 5, 10, 10);
            assertThat(t.row(1)).isEqualTo(before.get(4));
            mouse(t, MouseActionType.SCROLL_UP, 4, 10, 10);
            assertThat(t.rows()).isEqualTo(before);

            t.press("G");
            List<String> end = t.rows();
            int second = end.indexOf(end.stream().filter(r -> r.contains("第1条评论")).findFirst().orElseThrow());
            mouse(t, MouseActionType.CLICK_DOWN, 1, 10, second);
            assertThat(((ArticleView) t.loop.current()).comment(0)).map(Comment::cid).contains(2L);
        }
    }

    @Test
    void withTheMouseOffNothingMoves() throws Exception {
        try (ScreenTester t = reader(demo, false, null, 80)) {
            List<String> before = t.rows();
            mouse(t, MouseActionType.SCROLL_DOWN, 5, 10, 5);
            mouse(t, MouseActionType.CLICK_DOWN, 1, 4, 3);
            mouse(t, MouseActionType.CLICK_DOWN, 1, 4, 3);
            assertThat(t.rows()).isEqualTo(before);
        }
    }

    @Test
    void theSettingMouseOnIsRead() throws Exception {
        Path config = home.resolve("settings");
        Files.createDirectories(config.resolve(".config/fenghuang"));
        Files.writeString(config.resolve(".config/fenghuang/fenghuang.properties"), "tui.mouse = on\n");
        Settings settings = Settings.load(XdgDirs.from(Map.of(), config.toString()));
        assertThat(TuiOptions.from(settings, null, "zh", Map.of()).mouse()).isTrue();
    }
}
