package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Picture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article pictures in the store: kept for every viewer, read back equal, and counted toward the cap. */
class StoredPicturesTest {
    private static final Instant FETCHED = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    /** A picture of noise: it compresses badly, so each takes its full size. */
    private static Picture noise(long seed) {
        Random random = new Random(seed);
        int[] rgb = new int[200 * 200];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(0x1000000);
        }
        return new Picture(200, 200, rgb);
    }

    @Test
    void aPictureIsReadBackEqualByAnyViewerAfterTheStoreWasClosed() {
        Path file = dir.resolve("store.sqlite");
        Picture picture = noise(1);
        CacheKey key = CacheKey.image("https://portal.example/data/attachment/portal/a.jpg");
        try (SiteStore store = SiteStore.open(file, 200L << 20, "default", Clock.systemUTC(), n -> { })) {
            store.save(key, picture, FETCHED);
        }
        try (SiteStore store = SiteStore.open(file, 200L << 20, "member", Clock.systemUTC(), n -> { })) {
            assertThat(store.load(key)).hasValueSatisfying(k -> {
                assertThat(k.value()).isEqualTo(picture);
                assertThat(k.fetchedAt()).isEqualTo(FETCHED);
            });
        }
    }

    @Test
    void picturesCountTowardTheCapAndTheLeastRecentlyReadGoFirst() throws Exception {
        Path file = dir.resolve("store.sqlite");
        long cap = 1024 * 1024;
        List<String> notices = new ArrayList<>();
        try (SiteStore store = SiteStore.open(file, cap, "default", Clock.systemUTC(), notices::add)) {
            for (int i = 1; i <= 12; i++) { // some 120 KB of PNG each
                store.save(CacheKey.image("https://portal.example/" + i + ".png"), noise(i), FETCHED.plusSeconds(i));
                assertThat(Files.size(file)).as("after picture " + i).isLessThanOrEqualTo(cap);
            }
            assertThat(store.load(CacheKey.image("https://portal.example/12.png"))).isPresent();
            assertThat(store.load(CacheKey.image("https://portal.example/1.png"))).isEmpty();
        }
        assertThat(notices).isEmpty();
    }

    /**
     * Pictures are written and read back in memory: through ImageIO's stream methods each went through a cache file in
     * the temporary folder, whose random name loaded Java's security providers into every reader that showed one
     * (issue 13). With that folder gone, a cache file cannot be made, so only the in-memory way keeps the picture.
     */
    @Test
    void aPictureIsKeptAndReadWithoutACacheFile() throws Exception {
        Path gone = Files.createDirectory(dir.resolve("imageio-cache"));
        Path file = dir.resolve("store.sqlite");
        Picture picture = noise(2);
        CacheKey key = CacheKey.image("https://portal.example/data/attachment/portal/b.jpg");
        boolean useCache = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(gone.toFile());
        try {
            Files.delete(gone);
            try (SiteStore store = SiteStore.open(file, 200L << 20, "default", Clock.systemUTC(), n -> { })) {
                store.save(key, picture, FETCHED);
                assertThat(store.load(key)).hasValueSatisfying(k -> assertThat(k.value()).isEqualTo(picture));
            }
        } finally {
            ImageIO.setCacheDirectory(null);
            ImageIO.setUseCache(useCache);
        }
    }
}
