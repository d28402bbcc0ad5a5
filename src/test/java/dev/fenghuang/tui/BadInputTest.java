package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages and windows at the edges: everything draws, nothing throws, long text ends in an ellipsis. */
class BadInputTest {
    @TempDir
    Path home;
    FakeSite site;
    PortalReader reader;

    @BeforeEach
    void site() {
        site = new FakeSite();
        site.articles.put(1L, FakeSite.article(1, "长".repeat(500), List.of("正文。"), List.of()));
        site.articles.put(2L, FakeSite.article(2, "", List.of(), List.of()));
        site.articles.put(3L, FakeSite.article(3, "两千条评论", List.of("正文。"), FakeSite.comments(2000)));
        site.articles.put(4L, FakeSite.article(4, "控制\u001B[2J字符\u009B31m", List.of("红\u001B]0;title\u0007字\r\n换行"),
                List.of()));
        reader = site.reader(home);
    }

    private ScreenTester open(long aid, int columns, int rows) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(aid), columns, rows);
    }

    private static void assertFits(ScreenTester t, int columns) {
        assertThat(t.rows()).allSatisfy(r -> assertThat(ColumnWidth.NARROW_AMBIGUOUS.of(r))
                .isLessThanOrEqualTo(columns));
    }

    @Test
    void aFiveHundredCharacterTitleWrapsInTheBodyAndIsCutInTheHeader() throws Exception {
        try (ScreenTester t = open(1, 80, 24)) {
            assertThat(t.row(1)).startsWith(" 长长长");
            assertThat(t.rows().subList(1, 23)).filteredOn(r -> r.contains("长")).hasSizeGreaterThan(10);
            assertFits(t, 80);
            t.press(":").type("catid 7");
            assertThat(t.row(1)).startsWith(">2024-05-01 长长").endsWith("…");
            assertFits(t, 80);
        }
    }

    @Test
    void anEmptyArticleSaysSo() throws Exception {
        try (ScreenTester t = open(2, 80, 24)) {
            assertThat(t.text()).contains("本文没有正文。").contains("还没有评论。");
        }
    }

    @Test
    void anArticleWithTwoThousandCommentsScrollsAndPages() throws Exception {
        try (ScreenTester t = open(3, 80, 24)) {
            t.press("G");
            assertThat(t.text()).contains("网友1999");
            t.press("c");
            assertThat(t.status()).contains("1/80");
            t.press("]", "G");
            assertThat(t.text()).contains("网友49");
            assertFits(t, 80);
        }
    }

    @Test
    void aTinyWindowDrawsWithoutExceptions() throws Exception {
        try (ScreenTester t = open(3, 20, 5)) {
            assertFits(t, 20);
            t.press("j", "Space", "G", "?", "x", "c", "G", "q", "q");
            assertFits(t, 20);
            t.resize(3, 2).press("j");
            t.resize(1, 1).press("k");
        }
    }

    @Test
    void controlAndEscapeSequencesNeverReachTheTerminal() throws Exception {
        try (ScreenTester t = open(4, 80, 24)) {
            assertThat(t.text()).doesNotContain("\u001B").doesNotContain("\u009B").doesNotContain("\u0007")
                    .contains("控制字符").contains("红字  换行").doesNotContain("[2J").doesNotContain("]0;title");
        }
    }

    @Test
    void aRefusalShowsTheSitesWordsInTheStatusBar() throws Exception {
        try (ScreenTester t = open(99, 80, 24)) {
            assertThat(t.status()).contains("网站提示：抱歉，您指定要查看的文章不存在或正在审核");
        }
    }
}
