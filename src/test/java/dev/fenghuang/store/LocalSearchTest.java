package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's full-text search over the articles saved into it. */
class LocalSearchTest {
    private static final long CAP = 200L * 1024 * 1024;
    private static final Instant FETCHED = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private final Clock clock = Clock.fixed(FETCHED, ZoneOffset.UTC);

    private SiteStore open(String viewer) {
        return SiteStore.open(dir.resolve("store.sqlite"), CAP, viewer, clock, notices::add);
    }

    private static Article article(long aid, String title, String summary, String... paragraphs) {
        return Article.builder().aid(aid).url("http://portal.example/article-" + aid + "-1.html").title(title)
                .summary(summary).paragraphs(List.of(paragraphs)).publisher(new Person(7, "达州融媒"))
                .published(LocalDateTime.of(2026, 11, (int) (aid % 28) + 1, 9, 30)).commentCount(aid).views(100)
                .build();
    }

    private void saveAll(SiteStore store) {
        store.save(CacheKey.article(1, 1), article(1, "渠县召开脱贫攻坚推进会", "会议部署了下一阶段工作。",
                "会议要求，各乡镇要巩固拓展脱贫攻坚成果。", "Fenghuang reads the Discuz portal."), FETCHED);
        store.save(CacheKey.article(2, 1), article(2, "三汇镇的秋天", "秋色宜人。",
                "从渠县县城出发，一小时就到了三汇镇。"), FETCHED);
        store.save(CacheKey.article(3, 1), article(3, "达州美食地图", "", "火锅、烧烤和冒菜。"), FETCHED);
        store.save(CacheKey.list(1, 1), dev.fenghuang.store.StoredRecords.everyKind().get(CacheKey.list(2, 1)),
                FETCHED);
    }

    private static List<Long> aids(ArticleSearch s) {
        return s.hits().stream().map(ArticleHit::aid).toList();
    }

    @Test
    void findsChineseOfOneTwoAndMoreCharactersInsideLongerWords() {
        try (SiteStore store = open("default")) {
            saveAll(store);
            assertThat(aids(store.searchArticles("渠县", 1, 10))).containsExactlyInAnyOrder(1L, 2L);
            assertThat(aids(store.searchArticles("脱贫", 1, 10))).containsExactly(1L);
            assertThat(aids(store.searchArticles("县", 1, 10))).containsExactlyInAnyOrder(1L, 2L);
            assertThat(aids(store.searchArticles("镇", 1, 10))).as("a run's last character")
                    .containsExactlyInAnyOrder(1L, 2L);
            assertThat(aids(store.searchArticles("三汇镇", 1, 10))).containsExactly(2L);
            assertThat(aids(store.searchArticles("脱贫攻坚成果", 1, 10))).containsExactly(1L);
            assertThat(aids(store.searchArticles("攻坚脱贫", 1, 10))).as("the characters in another order").isEmpty();
            assertThat(aids(store.searchArticles("美食", 1, 10))).containsExactly(3L);
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void findsLatinWordsInEitherCaseAndMixedQueriesNeedEveryPart() {
        try (SiteStore store = open("default")) {
            saveAll(store);
            assertThat(aids(store.searchArticles("discuz", 1, 10))).containsExactly(1L);
            assertThat(aids(store.searchArticles("FENGHUANG", 1, 10))).containsExactly(1L);
            assertThat(aids(store.searchArticles("Fenghuang 脱贫", 1, 10))).containsExactly(1L);
            assertThat(aids(store.searchArticles("Fenghuang 三汇", 1, 10))).isEmpty();
            assertThat(aids(store.searchArticles("融媒", 1, 10))).as("the publisher")
                    .containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(store.searchArticles("“”，。 ", 1, 10).hits()).as("nothing to look for").isEmpty();
            assertThat(store.searchArticles("\"渠县 OR", 1, 10).hits()).as("FTS syntax is only text").isEmpty();
        }
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndTheMatchesAreMarked() {
        try (SiteStore store = open("default")) {
            saveAll(store);
            ArticleSearch s = store.searchArticles("渠县", 1, 10);
            assertThat(aids(s)).containsExactly(1L, 2L);
            assertThat(s.total()).isEqualTo(2);
            assertThat(s.pageCount()).isEqualTo(1);
            ArticleHit first = s.hits().get(0);
            assertThat(first.title().runs()).contains(new MarkedText.Run("渠县", true));
            ArticleHit second = s.hits().get(1);
            assertThat(second.title().marks()).isEmpty();
            assertThat(second.summary().text()).contains("从渠县县城出发");
            assertThat(second.summary().runs()).filteredOn(MarkedText.Run::marked)
                    .extracting(MarkedText.Run::text).containsExactly("渠县");
            assertThat(second.publisher().name()).isEqualTo("达州融媒");
            assertThat(second.time()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 30));
            ArticleSearch latin = store.searchArticles("discuz", 1, 10);
            assertThat(latin.hits().get(0).summary().runs()).contains(new MarkedText.Run("Discuz", true));
        }
    }

    @Test
    void everyTitleMatchRanksAboveEveryBodyMatchHoweverOftenTheBodySaysIt() {
        try (SiteStore store = open("default")) {
            store.save(CacheKey.article(1, 1), article(1, "全县秋冬季农业生产暨防汛减灾工作会议在三汇镇召开，会议由县长主持",
                    "", "正文"), FETCHED);
            store.save(CacheKey.article(2, 1), article(2, "秋天", "三汇镇三汇镇三汇镇，三汇镇三汇镇。",
                    "三汇镇，三汇镇，三汇镇，三汇镇。", "三汇镇，三汇镇。"), FETCHED);
            assertThat(aids(store.searchArticles("三汇镇", 1, 10))).containsExactly(1L, 2L);
        }
    }

    @Test
    void bodyMatchesPastTheRankedWindowStillComeNewestFirstAfterTheRankedOnes() {
        try (SiteStore store = open("default")) {
            store.rankBodiesWithin(2);
            for (long aid = 1; aid <= 5; aid++) {
                String body = aid == 1 ? "火锅，火锅，火锅，火锅，火锅。" : "今天吃了火锅。";
                store.save(CacheKey.article(aid, 1), article(aid, "美食" + aid, "", body), FETCHED);
            }
            store.save(CacheKey.article(6, 1), article(6, "火锅地图", "", "正文"), FETCHED);
            ArticleSearch s = store.searchArticles("火锅", 1, 10);
            assertThat(s.total()).isEqualTo(6);
            // the title first; the two newest body matches by rank; then the older ones newest first, aid 1 too
            assertThat(aids(s)).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
            assertThat(aids(store.searchArticles("火锅", 2, 4))).containsExactly(2L, 1L);
        }
    }

    @Test
    void aMultiPageArticleCountsOnceAndComesOnceByItsBestPage() {
        try (SiteStore store = open("default")) {
            saveAll(store);
            store.save(CacheKey.article(9, 1), article(9, "旧闻", "", "渠县一页"), FETCHED);
            store.save(CacheKey.article(9, 2), article(9, "旧闻", "", "渠县二页，渠县"), FETCHED);
            ArticleSearch s = store.searchArticles("渠县", 1, 10);
            assertThat(s.total()).isEqualTo(3);
            assertThat(aids(s)).startsWith(1L).containsExactlyInAnyOrder(1L, 2L, 9L);
        }
    }

    @Test
    void pagesOnThroughManyHits() {
        try (SiteStore store = open("default")) {
            for (long aid = 1; aid <= 25; aid++) {
                store.save(CacheKey.article(aid, 1), article(aid, "渠县新闻" + aid, "", "正文"), FETCHED);
            }
            ArticleSearch first = store.searchArticles("渠县", 1, 10);
            ArticleSearch third = store.searchArticles("渠县", 3, 10);
            assertThat(first.total()).isEqualTo(25);
            assertThat(first.pageCount()).isEqualTo(3);
            assertThat(first.hits()).hasSize(10);
            assertThat(third.hits()).hasSize(5);
            assertThat(aids(first)).doesNotContainAnyElementsOf(aids(third));
        }
    }

    @Test
    void aForgottenOrReplacedArticleIsNoLongerFoundAndOtherViewersHitsAreTheirOwn() {
        try (SiteStore store = open("default"); SiteStore member = open("reader1")) {
            saveAll(store);
            member.save(CacheKey.article(3, 1), article(3, "渠县会员专享", "", ""), FETCHED);
            store.forget(k -> k.kind() == CacheKey.Kind.ARTICLE && k.id() == 1);
            assertThat(aids(store.searchArticles("脱贫", 1, 10))).isEmpty();
            assertThat(aids(store.searchArticles("渠县", 1, 10))).containsExactly(2L);
            store.save(CacheKey.article(2, 1), article(2, "三汇镇的冬天", "", "雪。"), FETCHED);
            assertThat(aids(store.searchArticles("渠县", 1, 10))).isEmpty();
            assertThat(aids(store.searchArticles("冬天", 1, 10))).containsExactly(2L);
            assertThat(aids(member.searchArticles("渠县", 1, 10))).containsExactly(3L);
            member.viewAs(SiteStore.GUEST);
            assertThat(aids(member.searchArticles("渠县", 1, 10))).isEmpty();
            member.viewAs("reader1");
            assertThat(aids(member.searchArticles("渠县", 1, 10))).containsExactly(3L);
            assertThat(aids(store.searchArticles("冬天", 1, 10))).containsExactly(2L);
        }
    }

    /** What was synced as a guest is found after signing in; a member's own pages are never a guest's hits. */
    @Test
    void aMemberFindsTheGuestsStoredArticlesTooEachOnceAndAGuestNeverTheMembers() {
        try (SiteStore guest = open(SiteStore.GUEST); SiteStore member = open(SiteStore.member("reader1"))) {
            saveAll(guest);
            member.save(CacheKey.article(2, 1), article(2, "三汇镇的秋天", "", "从渠县县城出发。"), FETCHED);
            member.save(CacheKey.article(9, 1), article(9, "渠县会员专享", "", ""), FETCHED);
            ArticleSearch found = member.searchArticles("渠县", 1, 10);
            assertThat(aids(found)).containsExactlyInAnyOrder(1L, 2L, 9L);
            assertThat(found.total()).isEqualTo(3);
            assertThat(aids(guest.searchArticles("渠县", 1, 10))).containsExactlyInAnyOrder(1L, 2L);
        }
    }

    @Test
    void anEvictedArticleIsNoLongerFound() {
        long cap = 1024 * 1024;
        String paragraph = "渠县".repeat(4000);
        try (SiteStore store = SiteStore.open(dir.resolve("store.sqlite"), cap, "default", clock, notices::add)) {
            for (long aid = 1; aid <= 120; aid++) {
                store.save(CacheKey.article(aid, 1), article(aid, "第" + aid + "篇", "", paragraph), FETCHED);
            }
            assertThat(store.load(CacheKey.article(1, 1))).as("evicted").isEmpty();
            assertThat(aids(store.searchArticles("第1篇", 1, 200))).isEmpty();
            assertThat(aids(store.searchArticles("渠县", 1, 200))).as("only what is kept is found")
                    .hasSizeBetween(1, 119).allSatisfy(aid -> assertThat(store.load(CacheKey.article(aid, 1))).isPresent());
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void aFileStoredBeforeTheIndexExistedIsIndexedWhenOpened() throws Exception {
        Path file = dir.resolve("store.sqlite");
        StoreFile.prepare(file);
        Article stored = article(2, "三汇镇的秋天", "", "从渠县县城出发。");
        try (java.sql.Connection c = StoreConnection.open(file, 1000)) {
            new StoreSchema(List.of(StoreSchema.MIGRATIONS.get(0))).migrate(c);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("INSERT INTO meta (key, value) VALUES ('shape', '" + RecordShape.fingerprint(RecordShape.describe()) + "')");
            }
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO pages (viewer, kind, id, page, name,"
                    + " body, bytes, fetched_at, read_at) VALUES ('default', 'ARTICLE', 2, 1, '', ?, 1, 0, 0)")) {
                s.setString(1, new RecordCodec().encode(CacheKey.article(2, 1), stored));
                s.executeUpdate();
            }
        }
        try (SiteStore store = open("default")) {
            assertThat(aids(store.searchArticles("渠县", 1, 10))).containsExactly(2L);
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void aFileIndexedWithoutThePrefixIndexIsIndexedAgainAndFindsOneCharacter() throws Exception {
        Path file = dir.resolve("store.sqlite");
        List<List<String>> withoutPrefix = StoreSchema.MIGRATIONS.subList(0,
                StoreSchema.MIGRATIONS.indexOf(ArticleIndex.MIGRATION) + 1);
        try (SiteStore store = SiteStore.open(file, CAP, "default", clock, notices::add, new StoreSchema(withoutPrefix))) {
            saveAll(store);
        }
        try (SiteStore store = open("default")) {
            assertThat(aids(store.searchArticles("汇", 1, 10))).containsExactly(2L);
            assertThat(aids(store.searchArticles("渠县", 1, 10))).containsExactly(1L, 2L);
        }
        try (java.sql.Connection c = StoreConnection.open(file, 1000); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'article_words'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).contains("prefix = '1'");
        }
        assertThat(notices).isEmpty();
    }
}
