package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.app.store.StalePages;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.ManualClock;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Article;
import dev.fenghuang.store.SiteStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stale stored page in the reader's API: shown at once, said so, refreshed behind it. Nothing sleeps. */
class StalePagesTest {
    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock("2026-12-06T10:00:00Z");
    private final List<String> heard = new ArrayList<>();

    /** A new process's reader over the same store file. */
    private PortalReader reader(PortalReaderTest.CountingSite site) {
        SiteProfile profile = SiteProfile.from("t", "http://t.example/", Settings.load(
                XdgDirs.from(Map.of(), dir.toString())));
        SiteStore store = SiteStore.open(dir.resolve("store.sqlite"), 1 << 24, "default", clock, heard::add);
        return new PortalReader(profile, site, new PageCache(CachePolicy.defaults(), clock, store, clock),
                new SectionStore(dir.resolve("sections.json")), store);
    }

    @Test
    void aStaleArticleIsShownAtOnceSaidAndRefreshedBehindIt() throws Exception {
        PortalReaderTest.CountingSite site = new PortalReaderTest.CountingSite();
        try (PortalReader first = reader(site)) {
            first.article(1, 1, false);
        }
        clock.advance(CachePolicy.defaults().articles().plus(Duration.ofMinutes(1)));
        try (PortalReader later = reader(site)) {
            later.refreshBehind(Runnable::run, new StalePages() {
                @Override
                public void shown(String page, Instant fetchedAt) {
                    heard.add("shown " + page + " fetched " + fetchedAt);
                }

                @Override
                public void refreshed(String page) {
                    heard.add("refreshed " + page + " after " + site.articles.get() + " requests");
                }

                @Override
                public void failed(String page, IOException error) {
                    heard.add("failed " + page);
                }
            });
            Article shown = later.article(1, 1, false);
            assertThat(shown.aid()).isEqualTo(1);
            assertThat(heard).containsExactly("shown article 1 page 1 fetched 2026-12-06T10:00:00Z",
                    "refreshed article 1 page 1 after 2 requests");
            later.article(1, 1, false);
            assertThat(site.articles).hasValue(2);
        }
    }

    @Test
    void withoutAskingAStaleArticleIsFetchedBeforeItIsAnswered() throws Exception {
        PortalReaderTest.CountingSite site = new PortalReaderTest.CountingSite();
        try (PortalReader first = reader(site)) {
            first.article(1, 1, false);
        }
        clock.advance(CachePolicy.defaults().articles().plus(Duration.ofMinutes(1)));
        try (PortalReader later = reader(site)) {
            later.article(1, 1, false);
            assertThat(site.articles).hasValue(2);
            assertThat(heard).isEmpty();
        }
        try (PortalReader fresh = reader(site)) {
            fresh.article(1, 1, false);
            assertThat(site.articles).as("fetched anew, so fresh again").hasValue(2);
        }
    }
}
