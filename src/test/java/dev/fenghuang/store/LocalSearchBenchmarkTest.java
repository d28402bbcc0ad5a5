package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.search.ArticleSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What local search costs over 10,000 stored articles, and what the store weighs per 1,000 of them. Run on demand:
 * {@code mvn -B test -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=LocalSearchBenchmarkTest}. The articles are
 * generated from a fixed seed out of county-news phrases (a title of some 20 characters, a summary of some 60, a
 * body of 6 to 12 paragraphs of 60 to 120 characters: about 1.5 KB of Chinese each, as the demo portal's); the
 * queries are one, two, three and more Chinese characters, common and rare, a Latin word and a mixed query, each
 * run 50 times after a warm-up, first page of 10 hits as the CLI asks.
 */
@Tag("benchmark")
class LocalSearchBenchmarkTest {
    private static final int ARTICLES = 10_000;
    private static final int ROUNDS = 50;
    private static final List<String> QUERIES = List.of("渠县", "脱贫", "县", "三汇镇", "乡村振兴", "巾帼脱贫行动",
            "火锅", "暨", "Discuz", "渠县 2026", "没有这个词");

    private static final String[] PLACES = {"渠县", "达州市", "三汇镇", "土溪镇", "有庆镇", "涌兴镇", "李渡镇",
        "临巴镇", "文崇镇", "宝城镇", "渠江", "賨人谷"};
    private static final String[] SUBJECTS = {"脱贫攻坚", "乡村振兴", "基层治理", "妇联组织改革", "农业产业",
        "黄花种植", "交通建设", "教育扶贫", "医疗保障", "文化旅游", "生态环境", "招商引资", "就业创业", "防汛减灾"};
    private static final String[] VERBS = {"召开", "推进", "部署", "调研", "检查", "启动", "总结", "表彰", "座谈",
        "培训", "落实", "巩固"};
    private static final String[] FILLERS = {"会议指出", "据了解", "与会人员", "下一步", "各乡镇", "相关部门",
        "要求", "进一步", "切实", "扎实", "工作", "成效", "群众", "发展", "全面", "持续", "坚持", "加强",
        "提升", "确保", "今年以来", "截至目前", "共计", "万元", "户", "人次", "火锅", "美食", "暨", "现场"};
    private static final String[] PUNCT = {"，", "，", "，", "。", "、", "；"};

    @TempDir
    Path dir;

    private static String sentence(Random r, int chars) {
        StringBuilder s = new StringBuilder();
        while (s.length() < chars) {
            String[] pool = switch (r.nextInt(5)) {
                case 0 -> PLACES;
                case 1 -> SUBJECTS;
                case 2 -> VERBS;
                default -> FILLERS;
            };
            s.append(pool[r.nextInt(pool.length)]);
            if (r.nextInt(4) == 0) {
                s.append(PUNCT[r.nextInt(PUNCT.length)]);
            }
        }
        return s.append('。').toString();
    }

    static Article article(long aid, Random r) {
        List<String> paragraphs = new ArrayList<>();
        int n = 6 + r.nextInt(7);
        for (int i = 0; i < n; i++) {
            paragraphs.add(sentence(r, 60 + r.nextInt(61)) + (r.nextInt(20) == 0 ? " Discuz 2026" : ""));
        }
        return Article.builder().aid(aid).url("http://portal.example/article-" + aid + "-1.html")
                .title(PLACES[r.nextInt(PLACES.length)] + sentence(r, 16)).summary(sentence(r, 60))
                .paragraphs(paragraphs).publisher(new Person(1 + r.nextInt(50), "编辑" + r.nextInt(50)))
                .published(LocalDateTime.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), 0))
                .views(r.nextInt(5000)).commentCount(r.nextInt(30)).build();
    }

    /** The file and its write-ahead log. */
    private static long bytes(Path file) throws java.io.IOException {
        Path log = Path.of(file + "-wal");
        return Files.size(file) + (Files.exists(log) ? Files.size(log) : 0);
    }

    @Test
    void searchOverTenThousandStoredArticles() throws Exception {
        Path file = dir.resolve("store.sqlite");
        Random random = new Random(20261206);
        long fillStart = System.nanoTime();
        Instant fetched = Instant.parse("2026-12-06T10:00:00Z");
        try (SiteStore store = SiteStore.open(file, 2L * 1024 * 1024 * 1024, "default",
                Clock.fixed(fetched, ZoneOffset.UTC), System.err::println)) {
            for (long aid = 1; aid <= ARTICLES; aid++) {
                store.save(CacheKey.article(aid, 1), article(aid, random), fetched);
                if (aid % 1000 == 0) {
                    long bytes = bytes(file);
                    System.out.printf("after %,d articles: %,d bytes with its log (%,d per 1,000)%n", aid, bytes,
                            bytes * 1000 / aid);
                }
            }
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf("filled %,d articles in %.1f s (%.0f per second, index included)%n", ARTICLES,
                    fillSeconds, ARTICLES / fillSeconds);
            for (String q : QUERIES) {
                for (int i = 0; i < 5; i++) {
                    store.searchArticles(q, 1, 10);
                }
            }
            List<Long> all = new ArrayList<>();
            for (String q : QUERIES) {
                long[] nanos = new long[ROUNDS];
                ArticleSearch last = null;
                for (int i = 0; i < ROUNDS; i++) {
                    long t = System.nanoTime();
                    last = store.searchArticles(q, 1, 10);
                    nanos[i] = System.nanoTime() - t;
                    all.add(nanos[i]);
                }
                Arrays.sort(nanos);
                System.out.printf("%-8s %6d hits  p50 %6.2f ms  p99 %6.2f ms%n", q, last.total(),
                        nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS * 99 / 100] / 1e6);
            }
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("all queries: p50 %.2f ms, p99 %.2f ms%n", sorted[sorted.length / 2] / 1e6,
                    sorted[sorted.length * 99 / 100] / 1e6);
            assertThat(store.searchArticles("渠县", 1, 10).total()).isPositive();
        }
    }
}
