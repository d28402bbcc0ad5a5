package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the built reader draws in tmux, read back with {@code capture-pane -e}: attributes with colour and under
 * {@code NO_COLOR}, no colour left behind after scrolling, characters outside the BMP, search across a wrap.
 */
class TerminalRenderingIT {
    private static final Pattern SGR = Pattern.compile("\u001B\\[([0-9;:]*)m");
    private static final int BLUE = 44;
    private static final int YELLOW = 43;

    @TempDir
    Path home;

    /** One visible character and the attributes tmux says it has. */
    record Cell(String text, int background, boolean coloured, boolean bold, boolean reverse, boolean underline) {
    }

    /** The cells of one captured row, escape sequences read and removed. */
    static List<Cell> cells(String row) {
        List<Cell> cells = new ArrayList<>();
        int background = 49;
        boolean coloured = false;
        boolean bold = false;
        boolean reverse = false;
        boolean underline = false;
        Matcher m = SGR.matcher(row);
        int at = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : row.length();
            for (int i = at; i < end; i = row.offsetByCodePoints(i, 1)) {
                cells.add(new Cell(new String(Character.toChars(row.codePointAt(i))), background, coloured, bold,
                        reverse, underline));
            }
            if (!found) {
                return cells;
            }
            String[] codes = m.group(1).isEmpty() ? new String[] {"0"} : m.group(1).split("[;:]");
            for (int i = 0; i < codes.length; i++) {
                int c = Integer.parseInt(codes[i].isEmpty() ? "0" : codes[i]);
                if (c == 38 || c == 48) {
                    coloured = true;
                    background = c == 48 ? -1 : background;
                    i += i + 1 < codes.length && codes[i + 1].equals("5") ? 2 : 4;
                } else if (c == 0) {
                    background = 49;
                    coloured = bold = reverse = underline = false;
                } else {
                    background = c >= 40 && c <= 49 || c >= 100 && c <= 107 ? c : background;
                    coloured |= c >= 30 && c <= 37 || c >= 40 && c <= 47 || c >= 90 && c <= 107;
                    bold = c == 1 || bold && c != 22;
                    underline = c == 4 || underline && c != 24;
                    reverse = c == 7 || reverse && c != 27;
                }
            }
            at = m.end();
        }
    }

    private static List<String> capture(TmuxSession tmux) throws Exception {
        return List.of(tmux.tmux("capture-pane", "-e", "-p").split("\n", -1));
    }

    private static String plain(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        cells.forEach(c -> sb.append(c.text()));
        return sb.toString();
    }

    /** Waits until the screen has stopped changing (the keys sent have all been drawn). */
    private static void settle(TmuxSession tmux) throws Exception {
        String last = "";
        String now = tmux.screen();
        while (!now.equals(last)) {
            Thread.sleep(300);
            last = now;
            now = tmux.screen();
        }
    }

    /** Quits the reader and waits for it to end, so that it writes nothing more into the test's folder. */
    private static void quit(TmuxSession tmux) throws Exception {
        tmux.keys("q");
        tmux.keys("q");
        tmux.await(s -> s.contains("EXIT-0"), TerminalReaderIT.WAIT);
    }

    /** A reader started in a tmux server of its own; the server is stopped when the reader does not come up. */
    private static TmuxSession reader(Path home, int columns, int rows, String env) throws Exception {
        String launcher = TerminalReaderIT.launcher(); // skips the test before a server is started without a jar
        TmuxSession tmux = new TmuxSession(home, columns, rows);
        try {
            tmux.type("clear; " + env + " " + launcher + " --demo --lang zh --open 1; echo EXIT-$?");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("[游客]") && s.contains("行"), TerminalReaderIT.WAIT);
            return tmux;
        } catch (Exception | AssertionError e) {
            tmux.close();
            throw e;
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "20,5", "200,60"})
    void titlesAreBoldAndTheChromeIsColouredOrReversed(int columns, int rows) throws Exception {
        try (TmuxSession tmux = reader(home, columns, rows, "")) {
            List<String> screen = capture(tmux);
            assertThat(cells(screen.get(1))).filteredOn(c -> "全".equals(c.text())).first()
                    .matches(Cell::bold, "bold");
            assertThat(cells(screen.get(rows - 1))).filteredOn(c -> !c.text().isBlank())
                    .allMatch(c -> c.background() == BLUE);
            assertThat(cells(screen.get(0))).allMatch(c -> c.background() == BLUE);
            quit(tmux);
        }
        try (TmuxSession tmux = reader(home, columns, rows, "NO_COLOR=1")) {
            List<String> screen = capture(tmux);
            assertThat(screen).allSatisfy(r -> assertThat(cells(r)).noneMatch(Cell::coloured));
            assertThat(cells(screen.get(1))).filteredOn(c -> "全".equals(c.text())).first()
                    .matches(Cell::bold, "bold");
            assertThat(cells(screen.get(0))).isNotEmpty().allMatch(Cell::reverse);
            assertThat(cells(screen.get(rows - 1))).isNotEmpty().allMatch(Cell::reverse);
            quit(tmux);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "20,5", "200,60"})
    void scrollingLeavesNoColourOutsideTheHeaderAndStatusBar(int columns, int rows) throws Exception {
        try (TmuxSession tmux = reader(home, columns, rows, "")) {
            for (String key : List.of("j", "j", "j", "j", "j", "Space", "k", "j")) {
                tmux.keys(key);
            }
            settle(tmux);
            List<String> screen = capture(tmux);
            for (int r = 1; r < rows - 1; r++) {
                assertThat(cells(screen.get(r))).as("row %d: %s", r, screen.get(r))
                        .noneMatch(c -> c.background() == BLUE);
            }
            quit(tmux);
        }
    }

    @Test
    void anEmojiAndAnExtensionBCharacterShowInTheEditorAndTheCommentsAt20x5And80x24() throws Exception {
        String text = "表情\uD83D\uDE00和\uD840\uDC00字";
        try (TmuxSession tmux = reader(home, 80, 24, "")) {
            tmux.keys("L");
            tmux.await(s -> s.contains("用户名"), TerminalReaderIT.WAIT);
            tmux.type("reader1");
            tmux.keys("Tab");
            tmux.type("reader123");
            tmux.keys("Enter");
            tmux.await(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("[reader1]"), TerminalReaderIT.WAIT);
            tmux.keys("C");
            tmux.await(s -> s.contains("Ctrl-S 发送"), TerminalReaderIT.WAIT);
            tmux.type(text);
            String editor = tmux.await(s -> s.contains("表情"), TerminalReaderIT.WAIT);
            assertThat(editor).contains(text).doesNotContain("??");
            tmux.keys("BSpace", "BSpace");
            String deleted = tmux.await(s -> !s.contains("\uD840\uDC00"), TerminalReaderIT.WAIT);
            assertThat(deleted).contains("表情\uD83D\uDE00和").doesNotContain("??");
            tmux.type("\uD840\uDC00字");
            tmux.await(s -> s.contains(text), TerminalReaderIT.WAIT);
            tmux.keys("C-s");
            tmux.await(s -> s.contains("评论已发表"), TerminalReaderIT.WAIT);
            tmux.keys("G");
            String shown = tmux.await(s -> s.contains("1. reader1"), TerminalReaderIT.WAIT);
            assertThat(shown).contains(text).doesNotContain("??");
            tmux.resize(20, 5);
            String narrow = bottomAfterResize(tmux, s -> s.contains("\uD840\uDC00") || s.contains("\uD83D\uDE00"));
            assertThat(narrow).doesNotContain("??");
            quit(tmux);
        }
    }

    @Test
    void aSearchFindsAndMarksTextSplitAcrossAWrappedLine() throws Exception {
        try (TmuxSession tmux = reader(home, 80, 24, "")) {
            List<String> rows = tmux.rows();
            int r = IntStream.range(2, 21).filter(i -> rows.get(i).startsWith("   11月1日")).findFirst()
                    .orElseThrow();
            String upper = rows.get(r).strip();
            String lower = rows.get(r + 1).strip();
            String query = upper.substring(upper.length() - 2) + lower.substring(0, 2);
            tmux.keys("/");
            tmux.type(query);
            tmux.keys("Enter");
            tmux.await(s -> s.contains("第 1 处"), TerminalReaderIT.WAIT);
            List<String> screen = capture(tmux);
            int top = IntStream.range(1, 23).filter(i -> plain(cells(screen.get(i))).strip().equals(upper))
                    .findFirst().orElseThrow();
            assertThat(plain(cells(screen.get(top)).stream().filter(c -> c.background() == YELLOW).toList()))
                    .isEqualTo(query.substring(0, 2));
            assertThat(plain(cells(screen.get(top + 1)).stream().filter(c -> c.background() == YELLOW).toList()))
                    .isEqualTo(query.substring(2));
            quit(tmux);
        }
    }

    /**
     * Presses G until the screen shows what {@code ready} wants: a G the reader takes before it has seen the resize
     * goes to the bottom of the old layout, which is mid-article in the new one.
     */
    private static String bottomAfterResize(TmuxSession tmux, java.util.function.Predicate<String> ready)
            throws Exception {
        AssertionError last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            tmux.keys("G");
            try {
                return tmux.await(ready, java.time.Duration.ofSeconds(4));
            } catch (AssertionError notYet) {
                last = notYet;
            }
        }
        throw last;
    }
}
