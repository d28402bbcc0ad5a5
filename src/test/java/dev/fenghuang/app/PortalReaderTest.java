package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalReaderTest {
    @TempDir
    Path dir;

    /** Counts what it is asked; answers with empty pages. */
    static class CountingSite implements SiteReads {
        final AtomicInteger discoveries = new AtomicInteger();
        final AtomicInteger articles = new AtomicInteger();

        @Override
        public List<Section> discoverSections() {
            discoveries.incrementAndGet();
            return List.of(new Section(1, "党政风采", List.of()));
        }

        @Override
        public ArticleList list(int catid, int page) {
            return new ArticleList(null, List.of(), page, 1, List.of(), List.of(), List.of());
        }

        @Override
        public Article article(long aid, int page) {
            articles.incrementAndGet();
            return new Article(aid, "u", "t", null, List.of(), null, null, 0, 0, null, null, null, List.of(),
                    List.of(), List.of(), page, 1, null, List.of(), List.of(), 0, true);
        }

        @Override
        public CommentList comments(long aid, int page) {
            return new CommentList(aid, "t", 0, page, 1, List.of(), 0);
        }
    }

    private PortalReader reader(CountingSite site) {
        SiteProfile profile = SiteProfile.from("t", "http://t.example/", Settings.load(
                XdgDirs.from(Map.of(), dir.toString())));
        return new PortalReader(profile, site, new PageCache(CachePolicy.defaults()),
                new SectionStore(dir.resolve("sections.json")), () -> { });
    }

    @Test
    void reopeningAnArticleAsksTheSiteOnce() throws Exception {
        CountingSite site = new CountingSite();
        PortalReader r = reader(site);
        r.article(1, 1, false);
        assertThat(r.hasArticle(1, 1)).isTrue();
        r.article(1, 1, false);
        assertThat(site.articles).hasValue(1);
        r.article(1, 1, true);
        assertThat(site.articles).hasValue(2);
    }

    @Test
    void discoversSectionsOnceAndThenReadsThemFromDisk() throws Exception {
        CountingSite site = new CountingSite();
        reader(site).sections(false);
        reader(site).sections(false);
        assertThat(site.discoveries).hasValue(1);
        reader(site).sections(true);
        assertThat(site.discoveries).hasValue(2);
    }

    @Test
    void everyRequestToTheSitePassesTheGateAndWhatACacheAnswersDoesNot() throws Exception {
        CountingSite site = new CountingSite();
        PortalReader r = reader(site);
        List<String> passed = new java.util.ArrayList<>();
        r.sendThrough(new RequestGate() {
            @Override
            public void enter() {
                passed.add("enter");
            }

            @Override
            public void leave() {
                passed.add("leave");
            }
        });
        r.sections(false);
        r.list(1, 1, false);
        r.article(1, 1, false);
        r.comments(1, 1, false);
        r.article(1, 1, false); // from memory: no request
        assertThat(passed).hasSize(8).containsOnly("enter", "leave");
    }

    /**
     * A reader tells of its first request to the site as it goes (the warmer then readies what reading the page
     * needs), once; a read memory answers sends nothing and tells nothing. While a request is on its way, the
     * reader prepares reading its page when asked, once.
     */
    @Test
    void theFirstRequestToTheSiteIsToldOnceAndPreparedForOnce() throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        var preparedWhileSending = new java.util.concurrent.atomic.AtomicBoolean();
        PortalReader[] reader = new PortalReader[1];
        CountingSite site = new CountingSite() {
            @Override
            public void prepareToRead() {
                prepared.incrementAndGet();
            }

            @Override
            public Article article(long aid, int page) {
                preparedWhileSending.set(reader[0].prepareWhileSending() && reader[0].prepareWhileSending());
                return super.article(aid, page);
            }
        };
        reader[0] = reader(site);
        reader[0].onFirstSend(told::incrementAndGet);
        assertThat(reader[0].prepareWhileSending()).as("nothing on its way yet").isFalse();

        reader[0].article(1, 1, false);
        reader[0].article(1, 1, false);
        reader[0].article(2, 1, false);

        assertThat(site.articles).hasValue(2);
        assertThat(told).hasValue(1);
        assertThat(preparedWhileSending).isTrue();
        assertThat(prepared).hasValue(1);
    }
}
