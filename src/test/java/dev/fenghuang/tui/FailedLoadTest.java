package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load that fails leaves the screen as it was, tells the whole error, and r tries it again (issue 9). */
class FailedLoadTest {
    static final String LONG_REFUSAL = "抱歉，本栏目正在维护之中，暂时不能浏览文章列表，请稍后再来访问本站的其他栏目或者联系管理员了解详情，谢谢合作";

    @TempDir
    Path home;

    private ScreenTester browse(FakeSite site, int columns, int rows) throws Exception {
        site.articles.put(1L, FakeSite.article(1, "第一篇", List.of("正文。"), List.of()));
        PortalReader reader = site.reader(home);
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh"), columns, rows);
    }

    @Test
    void aFailedListLoadKeepsTheSectionsOnScreen() throws Exception {
        FakeSite site = new FakeSite();
        site.listFailures = 1;
        try (ScreenTester t = browse(site, 60, 12)) {
            assertThat(t.row(1)).isEqualTo(">测试");
            t.press("Enter");
            assertThat(t.row(0)).contains("fake › 栏目").doesNotContain("测试");
            assertThat(t.row(1)).isEqualTo(">测试");
        }
    }

    @Test
    void theWholeErrorIsShownWrappedAboveTheStatusBar() throws Exception {
        FakeSite site = new FakeSite();
        site.listFailures = 1;
        site.refusal = LONG_REFUSAL;
        try (ScreenTester t = browse(site, 60, 12)) {
            t.press("Enter");
            List<String> rows = t.rows();
            String bottom = String.join("", rows.subList(2, rows.size())).replace(" ", "");
            assertThat(bottom).contains("网站提示：" + LONG_REFUSAL).contains("r:重试");
            assertThat(t.row(1)).isEqualTo(">测试");
            for (String row : rows) {
                assertThat(ColumnWidth.of(false).of(row)).isLessThanOrEqualTo(60);
            }
        }
    }

    @Test
    void rTriesTheFailedLoadAgainAndShowsTheList() throws Exception {
        FakeSite site = new FakeSite();
        site.listFailures = 1;
        try (ScreenTester t = browse(site, 60, 12)) {
            t.press("Enter");
            assertThat(t.row(1)).isEqualTo(">测试");
            t.press("r");
            assertThat(t.row(0)).contains("fake › 测试");
            assertThat(t.row(1)).startsWith(">2024-05-01 * 第一篇");
            assertThat(t.status()).doesNotContain("网站提示");
        }
    }

    @Test
    void rAfterAnotherKeyStillRetriesTheFailedLoad() throws Exception {
        FakeSite site = new FakeSite();
        site.listFailures = 1;
        try (ScreenTester t = browse(site, 60, 12)) {
            t.press("Enter", "j", "r");
            assertThat(t.row(1)).startsWith(">2024-05-01 * 第一篇");
        }
    }

    @Test
    void aFailedRetryTellsTheErrorAgainAndKeepsTheScreen() throws Exception {
        FakeSite site = new FakeSite();
        site.listFailures = 2;
        try (ScreenTester t = browse(site, 60, 12)) {
            t.press("Enter", "r");
            assertThat(t.row(1)).isEqualTo(">测试");
            assertThat(t.text()).contains("抱歉，本栏目暂时关闭");
            t.press("r");
            assertThat(t.row(1)).startsWith(">2024-05-01 * 第一篇");
        }
    }

    @Test
    void anArticleThatFailsToLoadLeavesTheListOnScreenAndRReopensIt() throws Exception {
        FakeSite site = new FakeSite();
        try (ScreenTester t = browse(site, 60, 12)) {
            t.press("Enter");
            site.articles.remove(1L);
            t.press("Enter");
            assertThat(t.row(1)).startsWith(">2024-05-01 * 第一篇");
            assertThat(t.text()).contains("抱歉，您指定要查看的文章不存在或正在审核");
            site.articles.put(1L, FakeSite.article(1, "第一篇", List.of("正文在此。"), List.of()));
            t.press("r");
            assertThat(t.text()).contains("正文在此。");
            t.press("q");
            assertThat(t.row(1)).startsWith(">2024-05-01 第一篇");
        }
    }
}
