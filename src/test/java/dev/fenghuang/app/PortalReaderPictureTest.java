package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.app.image.ImageBudget;
import dev.fenghuang.app.image.ImageDeferred;
import dev.fenghuang.app.image.ImageFetch;
import dev.fenghuang.app.image.ImageLimits;
import dev.fenghuang.app.image.TestImages;
import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.http.DeadlineExceeded;
import dev.fenghuang.http.PageTooLarge;
import dev.fenghuang.model.Picture;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalReaderPictureTest {
    private static final String PAGE = "http://t.example/portal.php?mod=view&aid=1";
    @TempDir
    Path dir;
    private final List<URI> fetched = new ArrayList<>();
    private final List<Long> caps = new ArrayList<>();

    private PortalReader reader(ImageFetch fetch) {
        SiteProfile profile = SiteProfile.from("t", "http://t.example/", Settings.load(
                XdgDirs.from(Map.of(), dir.toString())));
        return new PortalReader(profile, new PortalReaderTest.CountingSite(), new PageCache(CachePolicy.defaults()),
                new SectionStore(dir.resolve("sections.json")), () -> { }, (url, page, maxBytes, budget) -> {
                    fetched.add(url);
                    caps.add(maxBytes);
                    return fetch.fetch(url, page, maxBytes, budget);
                }, ImageLimits.defaults());
    }

    private static ImageBudget budget() {
        return new ImageBudget(Duration.ofSeconds(3), 8L * 1024 * 1024);
    }

    @Test
    void decodesAnImageOnceAndServesItFromTheCacheAfter() throws Exception {
        PortalReader reader = reader((u, p, m, b) -> TestImages.png(20, 10, 0xFF0000, 0x0000FF));
        String url = "http://t.example/data/attachment/portal/a.png";

        Picture first = reader.picture(url, PAGE, budget(), false);
        Picture again = reader.picture(url, PAGE, budget(), false);

        assertThat(first.width()).isEqualTo(20);
        assertThat(again).isSameAs(first);
        assertThat(fetched).containsExactly(URI.create(url));
    }

    @Test
    void fetchesNothingButHttpAndHttps() {
        PortalReader reader = reader((u, p, m, b) -> TestImages.png(2, 2, 0, 0));

        for (String url : List.of("file:///etc/passwd", "ftp://t.example/a.png", "data:image/png;base64,AAAA",
                "javascript:alert(1)", "http:///nohost.png")) {
            assertThatThrownBy(() -> reader.picture(url, PAGE, budget(), false))
                    .as(url).isInstanceOf(UnreadableImage.class);
        }
        assertThat(fetched).isEmpty();
    }

    @Test
    void defersAnImageSlowerThanItsBudget() {
        PortalReader reader = reader((u, p, m, b) -> {
            throw new DeadlineExceeded(b);
        });

        assertThatThrownBy(() -> reader.picture("http://t.example/slow.png", PAGE, budget(), false))
                .isInstanceOf(ImageDeferred.class).hasMessageContaining("3000 ms");
    }

    @Test
    void defersTheImagesPastTheArticlesByteBudgetAndFetchesThemOnDemand() throws Exception {
        byte[] png = TestImages.png(300, 300, 0x123456, 0x654321);
        PortalReader reader = reader((u, p, max, b) -> {
            if (png.length > max) {
                throw new PageTooLarge(max);
            }
            return png;
        });
        ImageBudget small = new ImageBudget(Duration.ofSeconds(3), png.length + 10);

        reader.picture("http://t.example/1.png", PAGE, small, false);
        assertThatThrownBy(() -> reader.picture("http://t.example/2.png", PAGE, small, false))
                .isInstanceOf(ImageDeferred.class);
        assertThatThrownBy(() -> reader.picture("http://t.example/3.png", PAGE, small, false))
                .isInstanceOf(ImageDeferred.class);
        assertThat(caps).containsExactly(png.length + 10L, 10L);

        assertThat(reader.picture("http://t.example/3.png", PAGE, ImageBudget.onDemand(), false).width())
                .isEqualTo(240);
    }

    @Test
    void turnsAnImageOverTheByteCapOrCorruptIntoUnreadableImage() {
        PortalReader huge = reader((u, p, max, b) -> {
            throw new PageTooLarge(max);
        });
        PortalReader corrupt = reader((u, p, max, b) -> "<html>404</html>".getBytes());

        assertThatThrownBy(() -> huge.picture("http://t.example/huge.png", PAGE, budget(), false))
                .isInstanceOf(UnreadableImage.class).hasMessageContaining("4096 KB");
        assertThatThrownBy(() -> corrupt.picture("http://t.example/c.png", PAGE, budget(), false))
                .isInstanceOf(UnreadableImage.class);
    }
}
