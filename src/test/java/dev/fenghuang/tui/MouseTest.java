package dev.fenghuang.tui;

import dev.fenghuang.tui.moderate.ModerationView;
import dev.fenghuang.tui.moderate.RecentView;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.read.BrowseView;
import dev.fenghuang.tui.read.CommentsView;
import dev.fenghuang.tui.read.FavoritesView;
import dev.fenghuang.tui.term.ExternalEditor;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.fenghuang.DemoReader;
import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
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
 * a notch, a click selects a row, an entry or a comment, a click on the selected one opens it (in the queue too, where
 * a click never decides); clicks between entries, on the header and under a question or the help do nothing; with
 * the mouse off, nothing.
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
            // at 120 columns each entry has its summary row under it: the second entry is on row 3 (unread: "* ")
            var listed = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} (?:\\* )?(.+)$").matcher(t.row(3));
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

    private static ScreenTester session(DemoSession demo, int columns, int rows) throws Exception {
        return new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withMouse(true)
                .withOpenAid(1L), columns, rows, new ExternalEditor("false"), true);
    }

    private static void click(ScreenTester t, int column, int row) throws Exception {
        mouse(t, MouseActionType.CLICK_DOWN, 1, column, row);
        mouse(t, MouseActionType.CLICK_RELEASE, 1, column, row);
    }

    private static boolean reversed(ScreenTester t, int row) {
        return t.terminal.getCharacter(6, row).getModifiers().contains(SGR.REVERSE);
    }

    private static int rowOf(ScreenTester t, String text) {
        List<String> rows = t.rows();
        for (int r = 1; r < rows.size() - 1; r++) {
            if (rows.get(r).contains(text)) {
                return r;
            }
        }
        throw new AssertionError(text + " not on screen:\n" + t.text());
    }

    /** Signs reader1 in and adds articles 1 to {@code count} to the favourites, the newest listed first. */
    private static void favourites(DemoSession demo, int count) throws Exception {
        assertThat(demo.session().participation().login("reader1", "reader123".toCharArray(), 0, null, true, null)
                .accepted()).isTrue();
        for (long aid = 1; aid <= count; aid++) {
            assertThat(demo.session().participation().favorite(aid).accepted()).as("article " + aid).isTrue();
        }
    }

    @Test
    void aClickSelectsAFavouriteAndASecondClickOpensIt(@TempDir Path dir) throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = session(demo, 80, 24)) {
            favourites(demo, 3);
            t.press("F");
            assertThat(t.row(0)).contains("我的收藏");
            assertThat(selectedRow(t)).isEqualTo(1);
            String second = t.row(2).substring(12).strip();
            click(t, 30, 2);
            assertThat(selectedRow(t)).isEqualTo(2);
            assertThat(t.loop.current()).isInstanceOf(FavoritesView.class);

            List<String> before = t.rows();
            click(t, 30, 10);
            click(t, 30, 0);
            assertThat(t.rows()).isEqualTo(before);

            click(t, 30, 2);
            assertThat(t.loop.current()).isInstanceOf(ArticleView.class);
            assertThat(t.row(1)).contains(second.substring(0, Math.min(8, second.length())));
        }
    }

    @Test
    void aClickOnAScrolledFavouriteListPicksTheRowShownAt20By5(@TempDir Path dir) throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = session(demo, 20, 5)) {
            favourites(demo, 5);
            t.press("F", "G");
            assertThat(selectedRow(t)).isEqualTo(3);
            List<String> shown = t.rows();
            click(t, 5, 1);
            assertThat(selectedRow(t)).isEqualTo(1);
            assertThat(t.row(1).substring(1)).isEqualTo(shown.get(1).substring(1));
            assertThat(t.loop.current().position()).contains("3/5");
        }
    }

    @Test
    void aClickUnderAQuestionAPromptOrTheHelpDoesNotReachTheListBelow(@TempDir Path dir) throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = session(demo, 80, 24)) {
            favourites(demo, 3);
            t.press("F", "d");
            assertThat(t.text()).contains("(y/n)");
            click(t, 30, 2);
            click(t, 30, 2);
            assertThat(t.loop.current()).isInstanceOf(FavoritesView.class);
            assertThat(t.text()).contains("(y/n)");
            t.press("n");
            assertThat(selectedRow(t)).isEqualTo(1);

            t.press("/");
            click(t, 30, 2);
            click(t, 30, 2);
            t.press("Escape");
            assertThat(t.loop.current()).isInstanceOf(FavoritesView.class);
            assertThat(selectedRow(t)).isEqualTo(1);

            t.press("?");
            String help = t.text();
            click(t, 30, 2);
            click(t, 30, 2);
            assertThat(t.text()).isEqualTo(help);
            t.press("q");
            assertThat(selectedRow(t)).isEqualTo(1);
            assertThat(t.loop.current()).isInstanceOf(FavoritesView.class);
        }
    }

    private static ScreenTester queue(DemoSession demo, int columns, int rows) throws Exception {
        ScreenTester t = session(demo, columns, rows);
        t.press("L");
        WriteScreens.signIn(t, "admin", "admin123");
        t.press("M");
        t.write("admin123").press("Enter");
        assertThat(t.loop.current()).isInstanceOf(ModerationView.class);
        return t;
    }

    private static List<QueueEntry> pending(DemoSession demo) throws Exception {
        return demo.session().moderation().queue(QueueFilter.pending(), 1).entries();
    }

    @Test
    void aClickOnAnEntrysTextSelectsItAndASecondOpensItsArticleButNeverDecides(@TempDir Path dir)
            throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = queue(demo, 80, 24)) {
            List<QueueEntry> waiting = pending(demo);
            int head = rowOf(t, "#" + waiting.get(1).cid() + " ");
            List<String> before = body(t);
            click(t, 30, head - 1);
            assertThat(body(t)).as("the blank row between entries").isEqualTo(before);
            click(t, 30, 0);
            click(t, 30, 23);
            assertThat(body(t)).isEqualTo(before);

            click(t, 30, head + 1);
            assertThat(t.row(head)).startsWith(">");
            assertThat(t.row(1)).doesNotStartWith(">");
            assertThat(t.loop.current().position()).contains("2/");
            assertThat(t.text()).doesNotContain("[通过]").doesNotContain("[删除]").doesNotContain("[忽略]");

            click(t, 30, head);
            assertThat(t.loop.current()).isInstanceOf(ArticleView.class);
            assertThat(((ArticleView) t.loop.current()).aid()).isEqualTo(waiting.get(1).aid());
            assertThat(pending(demo)).extracting(QueueEntry::cid)
                    .isEqualTo(waiting.stream().map(QueueEntry::cid).toList());
        }
    }

    @Test
    void aClickOnAScrolledQueueAt20By5PicksTheEntryShown(@TempDir Path dir) throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = queue(demo, 20, 5)) {
            List<QueueEntry> waiting = pending(demo);
            t.press("j", "j");
            assertThat(t.loop.current().position()).contains("3/");
            click(t, 10, 3);
            assertThat(t.loop.current()).isInstanceOf(ArticleView.class);
            assertThat(((ArticleView) t.loop.current()).aid()).isEqualTo(waiting.get(2).aid());
            assertThat(pending(demo)).hasSameSizeAs(waiting);
        }
    }

    /** The screen without its status bar, which a click clears of its last message. */
    private static List<String> body(ScreenTester t) {
        List<String> rows = t.rows();
        return rows.subList(0, rows.size() - 1);
    }

    @Test
    void aClickOnAWideQueuesLastPagePicksTheEntryAndBelowItDoesNothing(@TempDir Path dir) throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = queue(demo, 200, 60)) {
            {
                QueueEntry tenth = pending(demo).get(9);
                int head = rowOf(t, "#" + tenth.cid() + " ");
                click(t, 100, head + 1);
                assertThat(t.row(head)).startsWith(">");
                assertThat(t.loop.current().position()).contains("10/");
            }
            int pages = demo.session().moderation().queue(QueueFilter.pending(), 1).pageCount();
            for (int p = 1; p < pages; p++) {
                t.press("]");
            }
            List<QueueEntry> last = demo.session().moderation().queue(QueueFilter.pending(), pages).entries();
            int head = rowOf(t, "#" + last.get(last.size() - 1).cid() + " ");
            assertThat(head + 3).isLessThan(58);
            click(t, 100, head + 1);
            assertThat(t.row(head)).startsWith(">");
            List<String> before = body(t);
            click(t, 100, head + 2);
            click(t, 100, 57);
            assertThat(body(t)).isEqualTo(before);
        }
    }

    @Test
    void aClickInTheRecentCommentsSelectsAndOpensButNeverDeletes(@TempDir Path dir) throws Exception {
        try (DemoSession demo = DemoSession.open(dir); ScreenTester t = queue(demo, 80, 24)) {
            t.press("R");
            assertThat(t.loop.current()).isInstanceOf(RecentView.class);
            int second = -1;
            List<String> rows = t.rows();
            for (int r = 2; r < rows.size() - 1 && second < 0; r++) {
                if (rows.get(r).matches("^ {2}.*\\d{2}-\\d{2} \\d{2}:\\d{2} .*#\\d+ .*")) {
                    second = r;
                }
            }
            assertThat(second).as(t.text()).isPositive();
            click(t, 30, second + 1);
            assertThat(t.row(second)).startsWith(">");
            assertThat(t.loop.current().position()).contains("2/");
            click(t, 30, second);
            assertThat(t.loop.current()).isInstanceOf(ArticleView.class);
        }
    }

    @Test
    void aClickMarksTheCommentUnderThePointerInAllComments() throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(8L, FakeSite.article(8, "十二条评论", List.of("正文。"), FakeSite.comments(12)));
        try (ScreenTester t = new ScreenTester(site.reader(home.resolve("comments")), TuiOptions.defaults()
                .withLanguage("zh").withMouse(true).withOpenAid(8L), 80, 24)) {
            t.press("c");
            assertThat(t.loop.current()).isInstanceOf(CommentsView.class);
            int head = rowOf(t, "网友0");
            assertThat(t.row(head + 1)).contains("引用的话");
            List<String> before = t.rows();
            click(t, 30, 1);
            click(t, 30, head + 3);
            assertThat(t.rows()).isEqualTo(before);
            assertThat(reversed(t, head)).isFalse();

            click(t, 30, head + 2);
            assertThat(reversed(t, head)).isTrue();

            t.press("G");
            int last = rowOf(t, "网友11");
            click(t, 30, last + 1);
            assertThat(reversed(t, last)).isTrue();
            assertThat(reversed(t, rowOf(t, "网友10"))).isFalse();
        }
    }

    @Test
    void aClickOnAScrolledCommentAt20By5MarksThatComment() throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(8L, FakeSite.article(8, "十二条评论", List.of("正文。"), FakeSite.comments(12)));
        try (ScreenTester t = new ScreenTester(site.reader(home.resolve("narrow")), TuiOptions.defaults()
                .withLanguage("zh").withMouse(true).withOpenAid(8L), 20, 5)) {
            t.press("c", "G");
            for (int k = 0; k < 10 && !t.row(1).contains("网友"); k++) {
                t.press("k");
            }
            int head = rowOf(t, "网友");
            assertThat(head).isEqualTo(1);
            assertThat(t.row(2)).isNotBlank();
            click(t, 10, head + 1);
            assertThat(reversed(t, head)).isTrue();
        }
    }
}
