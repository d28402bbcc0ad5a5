package dev.fenghuang.tui.read;

import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections and article list, one pane when narrow and two when wide, on the demo portal. */
class BrowseViewTest {
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

    private static ScreenTester browse(int columns, int rows) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh"), columns, rows);
    }

    @Test
    void narrowWindowShowsTheSectionsThenTheListThenTheArticle() throws Exception {
        try (ScreenTester t = browse(80, 24)) {
            assertThat(t.row(0)).contains("demo › 栏目");
            assertThat(t.row(1)).isEqualTo(">党政风采");
            assertThat(t.text()).contains("  渠县");
            t.press("j", "Enter");
            assertThat(t.row(0)).contains("demo › 党政风采 › 渠县");
            assertThat(t.row(1)).startsWith(">20");
            assertThat(t.status()).contains("1/");
            t.press("Enter");
            assertThat(t.status()).contains("行");
            t.press("h");
            assertThat(t.row(1)).startsWith(">20");
            t.press("h");
            assertThat(t.row(2)).isEqualTo(">  渠县");
        }
    }

    @Test
    void wideWindowShowsBothPanesAndKeepsThemOnResize() throws Exception {
        try (ScreenTester t = browse(200, 60)) {
            assertThat(t.row(1)).startsWith(">党政风采").contains("│");
            assertThat(t.row(1).substring(t.row(1).indexOf('│') + 1)).startsWith(">20");
            t.resize(80, 24);
            assertThat(t.row(1)).isEqualTo(">党政风采");
            t.resize(200, 60);
            assertThat(t.row(1)).contains("│");
        }
    }

    @Test
    void goesToAnArticleOrACategoryAndRejectsNonsense() throws Exception {
        try (ScreenTester t = browse(80, 24)) {
            t.press(":").type("http://127.0.0.1/portal.php?mod=view&aid=1");
            assertThat(t.row(1)).contains("全省“巾帼脱贫行动”");
            t.press(":").type("catid 2");
            assertThat(t.row(1)).startsWith(">20");
            t.press(":").type("hello");
            assertThat(t.status()).contains("转到哪里");
        }
    }

    @Test
    void searchesTheListAndTurnsItsPages() throws Exception {
        try (ScreenTester t = browse(80, 24)) {
            t.press(":").type("catid 1");
            String first = t.row(1);
            t.press("]");
            assertThat(t.status()).contains("2/");
            assertThat(t.row(1)).isNotEqualTo(first);
            t.press("[", "/").type("渠");
            assertThat(t.status()).doesNotContain("未找到");
        }
    }

    @Test
    void showsTheFullCommentList() throws Exception {
        long aid = 0;
        for (long a = 2; a < 120 && aid == 0; a++) {
            if (reader.article(a, 1, false).commentCount() >= 100) {
                aid = a;
            }
        }
        try (ScreenTester t = browse(80, 24)) {
            t.press(":").type("aid " + aid).press("c");
            assertThat(t.row(1)).startsWith(" 评论：");
            assertThat(t.text()).contains("评论 (");
            assertThat(t.status()).contains("1/");
            t.press("]");
            assertThat(t.status()).contains("2/");
            t.resize(200, 60);
            assertThat(t.row(1)).startsWith(" ".repeat(55) + "评论：");
            t.press("q");
            assertThat(t.status()).contains("行");
        }
    }
}
