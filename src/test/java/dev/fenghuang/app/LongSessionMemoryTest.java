package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.store.ReadMarks;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Article;
import dev.fenghuang.store.MarkKeeper;
import dev.fenghuang.store.ReadMark;
import dev.fenghuang.tui.FakeSite;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "flat from the 50th article", on the application's level: a reader opening article after article with
 * its comments (each one new, the cache far too small for them all) keeps no more from the 50th on than its bounds
 * allow: the page cache's weighed bytes stay within its policy, the read marks held in memory within theirs (the
 * store has the rest). The resident-memory curve itself is bench/startup's.
 */
class LongSessionMemoryTest {
    private static final int ARTICLES = 2_000;
    private static final long CACHE_BYTES = 256 * 1024;

    @TempDir
    Path home;

    /** The store's side of the read marks. */
    private static final class MapKeeper implements MarkKeeper {
        final Map<String, ReadMark> kept = new HashMap<>();

        @Override
        public Optional<ReadMark> mark(String kind, long id) {
            return Optional.ofNullable(kept.get(kind + id));
        }

        @Override
        public void keep(String kind, long id, ReadMark mark) {
            kept.put(kind + id, mark);
        }
    }

    @Test
    void fromTheFiftiethArticleOnWhatTheReaderKeepsStaysWithinItsBounds() throws Exception {
        FakeSite site = new FakeSite();
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            paragraphs.add("渠县的第" + p + "段文字，说的是城里城外的新鲜事，长短和真的文章差不多。".repeat(4));
        }
        for (long aid = 1; aid <= ARTICLES; aid++) {
            Article a = FakeSite.article(aid, "第" + aid + "篇文章", paragraphs, FakeSite.comments(30));
            site.articles.put(aid, a);
        }
        Settings settings = Settings.load(XdgDirs.from(Map.of(), home.toString()));
        PageCache cache = new PageCache(new CachePolicy(CACHE_BYTES, CachePolicy.defaults().sections(),
                CachePolicy.defaults().lists(), CachePolicy.defaults().articles(), CachePolicy.defaults().comments()));
        MapKeeper store = new MapKeeper();
        PortalReader reader = new PortalReader(SiteProfile.from("fake", "http://fake.example/", settings), site,
                cache, new SectionStore(home.resolve("sections.json")), () -> { })
                .withMarks(ReadMarks.over(store, Clock.systemUTC()));

        long mostWeighed = 0;
        int mostMarks = 0;
        for (long aid = 1; aid <= ARTICLES; aid++) {
            Article a = reader.article(aid, 1, false);
            reader.comments(aid, 1, false);
            reader.marks().opened(aid, a.commentCount());
            if (aid >= 50) {
                mostWeighed = Math.max(mostWeighed, cache.weighedBytes());
                mostMarks = Math.max(mostMarks, reader.marks().held());
            }
        }

        assertThat(mostWeighed).isPositive().isLessThanOrEqualTo(CACHE_BYTES);
        assertThat(mostMarks).isPositive().isLessThanOrEqualTo(ReadMarks.HELD);
        assertThat(store.kept).hasSize(ARTICLES);
    }
}
