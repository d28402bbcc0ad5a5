package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From {@code --open AID}, q goes to the article's category list first, then to the sections (issue 9). */
class OpenAtStartTest {
    @TempDir
    Path home;

    private ScreenTester opened(FakeSite site, long aid, int columns) throws Exception {
        for (long a = 1; a <= 3; a++) {
            site.articles.put(a, FakeSite.article(a, "第" + a + "篇", List.of("正文" + a + "。"), List.of()));
        }
        PortalReader reader = site.reader(home);
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(aid), columns, 12);
    }

    @Test
    void theFirstQGoesToTheCategoryListWithTheArticleSelected() throws Exception {
        try (ScreenTester t = opened(new FakeSite(), 2, 60)) {
            assertThat(t.text()).contains("正文2。");
            t.press("q");
            assertThat(t.row(0)).contains("fake › 测试");
            assertThat(t.text()).contains("第1篇").contains("第3篇");
            assertThat(t.text()).contains(">2024-05-01 第2篇");
        }
    }

    @Test
    void theSecondQGoesToTheSectionsAndTheThirdQuits() throws Exception {
        try (ScreenTester t = opened(new FakeSite(), 2, 60)) {
            t.press("q", "q");
            assertThat(t.row(0)).contains("fake › 栏目");
            assertThat(t.row(1)).isEqualTo(">测试");
            assertThat(t.loop.running()).isTrue();
            t.press("q");
            assertThat(t.loop.running()).isFalse();
        }
    }

    /**
     * The first q loads the sections and the category's list together; when the list comes first, a q on it drops
     * the sections' load still running (a q cancels what loads) and shows the sections: they load again, with the
     * spinner, rather than staying blank (seen after Ctrl-Z and fg under tmux, where the list came first).
     */
    @Test
    void aQThatDropsTheSectionsLoadShowsThemLoadedAgain() throws Exception {
        HeldWorker worker = new HeldWorker();
        try (ScreenTester t = openedOn(worker, 60)) {
            t.press("q");
            worker.runLast(); // the category's list; the sections are still on their way
            t.settle();
            assertThat(t.text()).contains(">2024-05-01 第2篇");
            t.press("q");
            assertThat(t.row(0)).contains("fake › 栏目");
            assertThat(t.status()).contains("载入中");
            worker.runAll();
            t.settle();
            assertThat(t.row(1)).isEqualTo(">测试");
            t.press("q");
            assertThat(t.loop.running()).isFalse();
        }
    }

    /** The same in a wide window, where the sections show beside the list: back on the article, they load again. */
    @Test
    void aWideWindowShowsTheSectionsLoadedAgainBesideTheList() throws Exception {
        HeldWorker worker = new HeldWorker();
        try (ScreenTester t = openedOn(worker, 120)) {
            t.press("q");
            worker.runLast(); // the category's list
            t.settle().press("Enter"); // opens 第2篇 while the sections still load
            t.press("q"); // drops both loads, back at the list
            assertThat(t.status()).contains("载入中");
            worker.runAll();
            t.settle();
            assertThat(t.row(1)).startsWith(">测试");
        }
    }

    private ScreenTester openedOn(HeldWorker worker, int columns) throws Exception {
        FakeSite site = new FakeSite();
        for (long a = 1; a <= 3; a++) {
            site.articles.put(a, FakeSite.article(a, "第" + a + "篇", List.of("正文" + a + "。"), List.of()));
        }
        ScreenTester t = ScreenTester.onWorker(site.reader(home),
                TuiOptions.defaults().withLanguage("zh").withOpenAid(2L), columns, 12, worker);
        worker.runAll();
        t.settle();
        assertThat(t.text()).contains("正文2。");
        return t;
    }

    @Test
    void inAWideWindowTheListIsFocusedBesideTheSections() throws Exception {
        try (ScreenTester t = opened(new FakeSite(), 3, 120)) {
            t.press("q");
            assertThat(t.row(0)).contains("fake › 测试");
            String row = t.rows().stream().filter(r -> r.contains("第3篇")).findFirst().orElseThrow();
            assertThat(row.substring(row.indexOf('│') + 1)).startsWith(">2024-05-01 第3篇");
            assertThat(t.row(1)).startsWith(">测试");
        }
    }

    @Test
    void anArticleThatNeverLoadedGoesBackToTheSections() throws Exception {
        try (ScreenTester t = opened(new FakeSite(), 99, 60)) {
            assertThat(t.row(0)).contains("fake › 栏目");
            t.press("q");
            assertThat(t.loop.running()).isFalse();
        }
    }

    @Test
    void theListIsTurnedToThePageThatListsTheArticle() throws Exception {
        try (PortalReader demo = dev.fenghuang.DemoReader.open(home);
             ScreenTester t = new ScreenTester(demo, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80, 24)) {
            t.press("q");
            assertThat(t.row(0)).contains("党政风采 › 渠县");
            assertThat(t.text()).contains(">2016-11-06 全省“巾帼脱贫行动”");
            assertThat(t.status()).contains(" 2/");
        }
    }
}
