package dev.fenghuang.tui.read;

import dev.fenghuang.tui.FakeSite;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article reader on a virtual terminal, reading the demo portal's sample article. */
class ArticleViewTest {
    static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";

    @TempDir
    static Path home;
    static PortalReader reader;

    @BeforeAll
    static void open() {
        reader = DemoReader.open(home);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    private static ScreenTester article(int columns, int rows) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), columns, rows);
    }

    private static void assertFits(ScreenTester t, int columns) {
        ColumnWidth widths = ColumnWidth.NARROW_AMBIGUOUS;
        assertThat(t.rows()).allSatisfy(r -> assertThat(widths.of(r)).isLessThanOrEqualTo(columns));
    }

    @Test
    void showsTheTitleMetaLineSummaryAndFirstParagraphAt80x24() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            assertThat(t.row(0)).contains("demo › 党政风采 › 渠县");
            assertThat(t.row(1)).isEqualTo(" " + TITLE);
            assertThat(t.row(2)).startsWith(" 党政风采 › 渠县 · 2016-11-06 15:20 · 发布者 归来 · 查看 ");
            assertThat(t.text()).contains("原作者").contains("何俊笼 廖亚飞").contains(" 摘要\n   11月1日,全省");
            assertThat(t.rows()).anyMatch(r -> r.startsWith("   11月1日,全省“巾帼脱贫行动”"));
            assertThat(t.status()).startsWith("[游客]").contains("第  1/").endsWith("行   0%");
            assertFits(t, 80);
            t.press("G");
            assertThat(t.status()).endsWith("行 100%");
        }
    }

    @Test
    void scrollsByLineAndPage() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            String second = t.row(2);
            t.press("j");
            assertThat(t.row(1)).isEqualTo(second);
            assertThat(t.status()).contains("第  2/");
            t.press("k", "Space");
            assertThat(t.status()).contains("第 22/");
            t.press("b");
            assertThat(t.row(1)).isEqualTo(" " + TITLE);
            t.press("G");
            assertThat(t.text()).contains("表态  鲜花 0  握手 0  雷人 0  路过 0  鸡蛋 0").contains("评论 (0)")
                    .contains("还没有评论。");
            assertThat(t.status()).contains("100%");
            t.press("g");
            assertThat(t.row(1)).isEqualTo(" " + TITLE);
        }
    }

    @Test
    void centresTheTextAt200x60AndKeepsItNinetyColumnsWide() throws Exception {
        try (ScreenTester t = article(200, 60)) {
            assertThat(t.row(1)).isEqualTo(" ".repeat(55) + TITLE);
            List<String> body = t.rows().subList(1, 59);
            ColumnWidth w = ColumnWidth.NARROW_AMBIGUOUS;
            assertThat(body).allSatisfy(r -> assertThat(w.of(r)).isLessThanOrEqualTo(55 + 90));
            assertThat(body).anyMatch(r -> w.of(r) > 55 + 80);
            assertFits(t, 200);
        }
    }

    @Test
    void reflowsOnResizeBothWays() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            String narrowParagraph = t.rows().stream().filter(r -> r.startsWith("   11月1日")).findFirst().orElseThrow();
            t.resize(200, 60);
            String wideParagraph = t.rows().stream().filter(r -> r.contains("11月1日,全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在我县召开。省妇联党组书记"))
                    .filter(r -> r.startsWith(" ".repeat(57))).findFirst().orElseThrow();
            assertThat(wideParagraph.strip().length()).isGreaterThan(narrowParagraph.strip().length());
            assertFits(t, 200);
            t.resize(80, 24);
            assertThat(t.rows()).contains(narrowParagraph);
            assertFits(t, 80);
            t.resize(20, 5);
            assertFits(t, 20);
            assertThat(t.rows()).hasSize(5);
        }
    }

    @Test
    void copiesTheLinkWithOsc52AndSaysWhenThereIsNoBrowser() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            t.press("y");
            String osc = t.clipboard.toString(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(osc).startsWith("\u001B]52;c;").endsWith("\u0007");
            String url = new String(java.util.Base64.getDecoder().decode(osc.substring(7, osc.length() - 1)),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(url).contains("aid=1");
            // OSC 52 may be ignored (tmux's default set-clipboard external): the reader says what it did, no more
            // the message with its link is longer than the row: it wraps upwards from the status bar
            assertThat(t.text()).contains("已把链接发给终端剪贴板（OSC 52").doesNotContain("已复制");
            t.press("o");
            assertThat(t.text()).contains("找不到浏览器");
        }
    }

    @Test
    void searchesAndMovesBetweenMatches() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            t.press("/").type("苟小莉");
            assertThat(t.status()).contains("第 1 处，共");
            assertThat(t.row(1)).contains("苟小莉");
            t.press("n");
            assertThat(t.status()).contains("第 2 处");
            t.press("/").type("没有这段文字");
            assertThat(t.status()).contains("未找到：没有这段文字");
        }
    }

    @Test
    void showsTheHelpOverlayUntilAKeyIsPressed() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            t.press("?");
            assertThat(t.text()).contains("j, ArrowDown").contains("下移");
            t.press("x");
            assertThat(t.text()).doesNotContain("j, ArrowDown");
            t.resize(200, 60).press("?");
            assertThat(t.text()).contains("在浏览器中打开").contains("Ctrl-c, Q");
        }
    }

    @Test
    void quitsWithQFromTheSectionsAndCtrlCAnywhere() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            t.press("q");
            assertThat(t.loop.running()).isTrue();
            t.press("q"); // from the article's category list (issue 9) up to the sections
            assertThat(t.loop.running()).isTrue();
            t.press("q");
            assertThat(t.loop.running()).isFalse();
        }
        try (ScreenTester t = article(80, 24)) {
            t.press("Ctrl-c");
            assertThat(t.loop.running()).isFalse();
        }
    }

    @Test
    void aSelectionLeftOffScreenByAResizeLetsJMoveOneLine(@TempDir Path fakeHome) throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(9L, FakeSite.article(9, "短文", List.of("第一段正文，不长也不短，正好让评论出现在第一屏。",
                "第二段正文。"), FakeSite.comments(3)));
        try (ScreenTester t = new ScreenTester(site.reader(fakeHome), TuiOptions.defaults().withLanguage("zh")
                .withOpenAid(9L), 80, 24)) {
            t.press("j");
            assertThat(t.text()).contains("网友0");
            t.resize(20, 5);
            List<String> before = t.rows();
            t.press("j");
            assertThat(t.row(1)).as("was %s, now %s", before, t.rows()).isEqualTo(before.get(2));
            t.press("k");
            assertThat(t.rows()).isEqualTo(before);
        }
    }

    @Test
    void findsAndMarksTextSplitAcrossAWrappedLine(@TempDir Path fakeHome) throws Exception {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            paragraph.appendCodePoint(0x4E00 + 37 * i);
        }
        FakeSite site = new FakeSite();
        site.articles.put(9L, FakeSite.article(9, "折行", List.of(paragraph.toString()), List.of()));
        try (ScreenTester t = new ScreenTester(site.reader(fakeHome), TuiOptions.defaults().withLanguage("zh")
                .withOpenAid(9L), 40, 12)) {
            int row = java.util.stream.IntStream.range(1, 11).filter(r -> t.row(r).strip()
                    .startsWith(paragraph.substring(0, 3))).findFirst().orElseThrow();
            String upper = t.row(row).strip();
            String lower = t.row(row + 1).strip();
            String query = upper.substring(upper.length() - 2) + lower.substring(0, 2);
            t.press("/").type(query);
            assertThat(t.status()).contains("第 1 处，共 1 处");
            int top = java.util.stream.IntStream.range(1, 11).filter(r -> t.row(r).strip().equals(upper))
                    .findFirst().orElseThrow();
            int upperEnd = ColumnWidth.NARROW_AMBIGUOUS.of(t.row(top)) - 1;
            int lowerStart = t.row(top + 1).indexOf(lower.charAt(0));
            assertThat(t.terminal.getCharacter(upperEnd, top).getBackgroundColor())
                    .isEqualTo(com.googlecode.lanterna.TextColor.ANSI.YELLOW);
            assertThat(t.terminal.getCharacter(lowerStart, top + 1).getBackgroundColor())
                    .isEqualTo(com.googlecode.lanterna.TextColor.ANSI.YELLOW);
            assertThat(t.terminal.getCharacter(lowerStart + 4, top + 1).getBackgroundColor())
                    .isNotEqualTo(com.googlecode.lanterna.TextColor.ANSI.YELLOW);
        }
    }

    @Test
    void aNewSearchCountsAMatchOnTheTopLineAndNGoesOnPastIt() throws Exception {
        try (ScreenTester t = article(80, 24)) {
            t.press("/").type("巾帼脱贫");
            assertThat(t.status()).contains("第 1 处");
            t.press("n");
            assertThat(t.status()).contains("第 2 处");
        }
    }
}
