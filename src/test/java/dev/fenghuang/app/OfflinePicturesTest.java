package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.fenghuang.app.image.ImageBudget;
import dev.fenghuang.app.image.ImageFetch;
import dev.fenghuang.app.image.ImageLimits;
import dev.fenghuang.app.image.TestImages;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.cache.Reach;
import dev.fenghuang.model.Picture;
import dev.fenghuang.store.SiteStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture read once (as {@code sync --images} reads it) is drawn from the store by a later run offline. */
class OfflinePicturesTest {
    private static final String PAGE = "http://t.example/portal.php?mod=view&aid=1";
    private static final String URL = "http://t.example/data/attachment/portal/a.png";

    @TempDir
    Path dir;

    private final List<URI> fetched = new ArrayList<>();

    private PortalReader reader(SiteStore store, boolean offline, ImageFetch fetch) {
        SiteProfile profile = SiteProfile.from("t", "http://t.example/", Settings.load(
                XdgDirs.from(Map.of(), dir.toString())));
        PageCache cache = new PageCache(CachePolicy.defaults(), Ticker.systemTicker(), store, Clock.systemUTC());
        cache.workOffline(new Reach(offline, e -> true, Clock.systemUTC(), Reach.DEFAULT_RETRY_AFTER));
        return new PortalReader(profile, new PortalReaderTest.CountingSite(), cache,
                new SectionStore(dir.resolve("sections.json")), () -> { }, (url, page, maxBytes, budget) -> {
                    fetched.add(url);
                    return fetch.fetch(url, page, maxBytes, budget);
                }, ImageLimits.defaults());
    }

    private SiteStore open() {
        return SiteStore.open(dir.resolve("store.sqlite"), 200L << 20, "default", Clock.systemUTC(), n -> { });
    }

    @Test
    void aPictureReadOnceIsDrawnOfflineInALaterRunWithoutARequest() throws Exception {
        Picture online;
        try (SiteStore store = open()) {
            online = reader(store, false, (u, p, m, b) -> TestImages.png(20, 10, 0xFF0000, 0x0000FF))
                    .picture(URL, PAGE, new ImageBudget(Duration.ofSeconds(3), 8L << 20), false);
        }
        try (SiteStore store = open()) {
            Picture offline = reader(store, true, (u, p, m, b) -> {
                throw new java.net.ConnectException("offline: no request is sent");
            }).picture(URL, PAGE, new ImageBudget(Duration.ofSeconds(3), 8L << 20), false);
            assertThat(offline).isEqualTo(online);
        }
        assertThat(fetched).containsExactly(URI.create(URL));
    }
}
