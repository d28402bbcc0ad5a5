package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.ManualClock;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.cache.Reach;
import dev.fenghuang.http.Unreachable;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import dev.fenghuang.store.SiteStore;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal reader with the site stopped: an article stored by an earlier run opens from the store, marked
 * offline with the time of its fetch, and the site is not asked again on the next pages for a while.
 */
class OfflineReadingTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock("2026-12-06T02:02:00Z");

    /** A site whose server is stopped: every request is refused before anything is read. */
    static final class StoppedSite implements SiteReads {
        final AtomicInteger asked = new AtomicInteger();

        private <T> T refused() throws IOException {
            asked.incrementAndGet();
            throw new ConnectException("Connect to http://t.example:80 failed: Connection refused");
        }

        @Override
        public List<Section> discoverSections() throws IOException {
            return refused();
        }

        @Override
        public ArticleList list(int catid, int page) throws IOException {
            return refused();
        }

        @Override
        public Article article(long aid, int page) throws IOException {
            return refused();
        }

        @Override
        public CommentList comments(long aid, int page) throws IOException {
            return refused();
        }
    }

    /** A new process's reader over the same store file. */
    private PortalReader reader(SiteReads site) {
        SiteProfile profile = SiteProfile.from("t", "http://t.example/", Settings.load(
                XdgDirs.from(Map.of(), dir.toString())));
        SiteStore store = SiteStore.open(dir.resolve("store.sqlite"), 1 << 24, "default", clock, notice -> { });
        PageCache cache = new PageCache(CachePolicy.defaults(), clock, store, clock);
        cache.workOffline(new Reach(false, Unreachable::is, clock, Duration.ofSeconds(60)));
        return new PortalReader(profile, site, cache, new SectionStore(dir.resolve("sections.json")), store);
    }

    @Test
    void aStoredArticleOpensWithTheSiteStoppedMarkedOffline() throws Exception {
        FakeSite online = new FakeSite();
        online.articles.put(1L, FakeSite.article(1, "存下的文章", List.of("离线也能读的正文。"), List.of()));
        try (PortalReader first = reader(online)) {
            first.article(1, 1, false);
        }
        clock.advance(Duration.ofHours(30));
        StoppedSite stopped = new StoppedSite();
        PortalReader reader = reader(stopped);
        try (ScreenTester t = new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 60,
                12)) {
            OfflineNotice.attach(reader, t.loop, Texts.forLanguage("zh"), ZONE, clock);
            t.press("r").settle();
            assertThat(t.text()).contains("离线也能读的正文。");
            assertThat(t.status()).contains("离线，内容截至 2026-12-06 10:02");
            int asked = stopped.asked.get();
            t.press("q").settle();
            assertThat(stopped.asked.get()).as("the site is left alone for a while").isEqualTo(asked);
            assertThat(t.text()).contains("无法连接网站");
        } finally {
            reader.close();
        }
    }
}
