package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.LastingInMemory;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.cache.WriteBehind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new article's page reaches the store's writing thread only once the frame that shows it is drawn: its save (an
 * SQLite transaction and its search index, about as long as the frame) does not share the processor with that frame
 * (issue 13), and the store still has it when asked.
 */
class StoreAfterFrameTest {
    @TempDir
    Path home;

    @Test
    void aNewArticlesPageIsHeldFromTheStoreUntilItsFrameIsDrawn() throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(2L, FakeSite.article(2, "第二篇", List.of("第二篇的正文。"), List.of()));
        LastingInMemory level = new LastingInMemory();
        WriteBehind saving = new WriteBehind(level);
        saving.writeBehind(); // as the terminal reader asks
        PortalReader reader = new PortalReader(SiteProfile.from("fake", "http://fake.example/",
                Settings.load(XdgDirs.from(Map.of(), home.toString()))), site,
                new PageCache(CachePolicy.defaults(), Ticker.systemTicker(), saving, Clock.systemUTC()),
                new SectionStore(home.resolve("sections.json")), saving);
        try (ScreenTester t = new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh"), 60, 12)) {
            t.press(":", "2");
            t.loop.press(ScreenTester.stroke("Enter")); // the page is read (the tester's worker runs it at once)

            assertThat(saving.held()).as("the page's save waits for the frame").isEqualTo(1);
            assertThat(level.kept).doesNotContainKey(CacheKey.article(2, 1));

            t.loop.settle(); // the frame of the article, then the store
            assertThat(t.text()).contains("第二篇的正文。");
            assertThat(saving.held()).isZero();
            saving.written();
            assertThat(level.kept).containsKey(CacheKey.article(2, 1));
        } finally {
            reader.close();
        }
    }
}
