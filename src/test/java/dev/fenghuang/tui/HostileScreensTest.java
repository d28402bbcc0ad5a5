package dev.fenghuang.tui;

import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.term.ExternalEditor;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.EscapeScan;
import dev.fenghuang.app.PortalSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-text corpus against the full-screen reader: sections, a list, an article (scrolled through), its
 * comments, an error quoting a header and a refused comment, read off Lanterna's virtual terminal cell by cell, and
 * the same screens written by a real ANSI terminal driver, byte by byte.
 */
class HostileScreensTest {
    /** What Lanterna itself writes: CSI sequences with numeric parameters, and ESC 7 / ESC 8. */
    private static final Pattern OWN_SEQUENCES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[78]");
    private static final String HEADER_AID = "900";

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

    private static void assertClean(ScreenTester t, String where) {
        List<String> found = new ArrayList<>();
        for (String row : t.rows()) {
            found.addAll(EscapeScan.inText(row));
        }
        assertThat(found).as("%s:%n%s", where, t.text()).isEmpty();
    }

    @Test
    void noCellOfAnyScreenHoldsAnEscapeControlOrFormatCharacter() throws Exception {
        try (ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("en"), 100, 30,
                new ExternalEditor("false"))) {
            assertClean(t, "sections and list");
            assertThat(t.text()).contains("党政风采");
            t.press("Enter");
            assertClean(t, "a category");
            t.press(":").type("5");
            assertThat(t.text()).contains("正文");
            for (int page = 0; page < 8; page++) {
                assertClean(t, "article, page " + page);
                t.press("Space");
            }
            t.press("c");
            assertClean(t, "comments");
            t.press(":").type(HEADER_AID);
            assertClean(t, "an error quoting a header");
            List<String> rows = t.rows(); // an error too long for the status row takes the row above as well
            assertThat(rows.subList(rows.size() - 2, rows.size())).anyMatch(r -> r.contains("text/x-hostile"));
        }
    }

    /** The forum tab: escapes in every board name, thread type, subject, author name and body, none in a cell. */
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

    @Test
    void aRefusedCommentShowsTheSitesMessageWithoutItsEscapes() throws Exception {
        try (ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("zh").withOpenAid(5L),
                100, 30, new ExternalEditor("false"))) {
            t.press("L");
            t.write("reader1").press("Tab").write("reader123").press("Enter");
            t.press("C").write("x").press("Ctrl-s");
            assertClean(t, "refused comment");
            assertThat(t.text()).contains("抱歉，输入的内容不能少于 2 个字符");
        }
    }

    @Test
    void noByteAnAnsiTerminalIsSentComesFromTheSite() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ANSITerminal ansi = new ANSITerminal(new ByteArrayInputStream(new byte[0]), bytes, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(100, 30);
            }
        };
        TerminalScreen screen = new TerminalScreen(ansi);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, session.reader(), TuiOptions.defaults().withLanguage("en").withOpenAid(5L),
                new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                        new Clipboard(new ByteArrayOutputStream())));
        loop.start();
        loop.settle();
        for (String key : List.of("Space", "Space", "Space", "c", "Space", "h", ":")) {
            loop.press(ScreenTester.stroke(key));
            loop.settle();
        }
        for (char c : (HEADER_AID + "\n").toCharArray()) {
            loop.press(c == '\n' ? ScreenTester.stroke("Enter") : new com.googlecode.lanterna.input.KeyStroke(c,
                    false, false));
        }
        loop.settle();
        screen.stopScreen();
        String sent = bytes.toString(StandardCharsets.UTF_8);
        assertThat(sent).contains("正文");
        // Lanterna pads the cell after an ambiguous-width character (the meta line's ·) with a NUL of its own.
        String content = OWN_SEQUENCES.matcher(sent).replaceAll("").replace("\r", "").replace("\u0000", "");
        assertThat(EscapeScan.inText(content)).as("bytes besides Lanterna's own sequences").isEmpty();
        assertThat(sent).doesNotContain("\u001B]").doesNotContain("\u001BP").doesNotContain("\u0007");
    }
}
