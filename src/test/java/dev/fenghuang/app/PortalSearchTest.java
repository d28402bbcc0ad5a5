package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.SearchTooSoon;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Waiting out the site's ten-second search rule, and paging a search by the id the site gave it. */
class PortalSearchTest {
    /** A clock the sleeper moves. */
    private static final class Time extends Clock {
        Instant now = Instant.parse("2026-12-06T06:00:00Z");
        final List<Duration> slept = new ArrayList<>();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration d) {
            slept.add(d);
            now = now.plus(d);
        }
    }

    /** A site allowing one new search per ten seconds of the shared clock. */
    private static final class Site implements PortalSearch.Site {
        final Time time;
        final List<String> asked = new ArrayList<>();
        Instant last;
        int nextId = 1;

        Site(Time time) {
            this.time = time;
        }

        @Override
        public ArticleSearch search(String keyword) throws IOException {
            asked.add("search " + keyword);
            if (last != null && Duration.between(last, time.now).compareTo(Duration.ofSeconds(10)) < 0) {
                throw new SearchTooSoon(new SiteRefused(new SiteMessage("抱歉，您在 10 秒内只能进行一次搜索",
                        SiteMessage.Kind.OTHER, Map.of())), Duration.ofSeconds(10));
            }
            last = time.now;
            return new ArticleSearch(nextId++, keyword, 30, 1, 2, List.of());
        }

        boolean expired;

        @Override
        public ArticleSearch page(long searchId, int page) throws SiteRefused {
            asked.add("page " + searchId + " " + page);
            if (expired && searchId == 1) {
                throw new SiteRefused(new SiteMessage("抱歉，您指定的搜索不存在或已过期", SiteMessage.Kind.OTHER,
                        Map.of()));
            }
            return new ArticleSearch(searchId, "", 30, page, 2, List.of());
        }
    }

    private final Time time = new Time();
    private final Site site = new Site(time);
    private final PortalSearch search = new PortalSearch(site, time, time::sleep);

    @Test
    void aSecondSearchSoonAfterWaitsOnlyTheRestOfTheIntervalCountingDown() throws Exception {
        search.search("渠县", 1, PortalSearch.Waiting.SILENT);
        time.now = time.now.plusMillis(3500);
        List<Integer> told = new ArrayList<>();
        ArticleSearch found = search.search("脱贫", 1, told::add);
        assertThat(found.searchId()).isEqualTo(2);
        assertThat(told).containsExactly(7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(time.slept.stream().mapToLong(Duration::toMillis).sum()).isEqualTo(6500);
        assertThat(site.asked).containsExactly("search 渠县", "search 脱贫", "search 脱贫");
    }

    @Test
    void aRefusalWithoutAnEarlierSearchOfOursWaitsTheWholeInterval() throws Exception {
        site.last = time.now.minusSeconds(2);
        List<Integer> told = new ArrayList<>();
        search.search("渠县", 1, told::add);
        assertThat(told.get(0)).isEqualTo(10);
        assertThat(time.slept.stream().mapToLong(Duration::toMillis).sum()).isEqualTo(10_000);
    }

    @Test
    void givesUpAfterThreeRefusals() {
        PortalSearch stubborn = new PortalSearch(new PortalSearch.Site() {
            @Override
            public ArticleSearch search(String keyword) throws IOException {
                throw new SearchTooSoon(new SiteRefused(new SiteMessage("抱歉，您在 10 秒内只能进行一次搜索",
                        SiteMessage.Kind.OTHER, Map.of())), Duration.ofSeconds(10));
            }

            @Override
            public ArticleSearch page(long searchId, int page) {
                throw new AssertionError();
            }
        }, time, time::sleep);
        assertThatThrownBy(() -> stubborn.search("渠县", 1, PortalSearch.Waiting.SILENT))
                .isInstanceOf(SearchTooSoon.class);
        assertThat(time.slept.stream().mapToLong(Duration::toMillis).sum()).isEqualTo(20_000);
    }

    @Test
    void laterPagesOfTheSameKeywordAreReadByItsIdWithoutANewSearch() throws Exception {
        search.search("县", 1, PortalSearch.Waiting.SILENT);
        ArticleSearch second = search.search(" 县 ", 2, PortalSearch.Waiting.SILENT);
        assertThat(second.page()).isEqualTo(2);
        assertThat(site.asked).containsExactly("search 县", "page 1 2");
        assertThat(time.slept).isEmpty();
    }

    @Test
    void aSearchTheSiteNoLongerKnowsIsRunAnew() throws Exception {
        search.search("县", 1, PortalSearch.Waiting.SILENT);
        site.expired = true;
        time.now = time.now.plusSeconds(3600);
        assertThat(search.search("县", 2, PortalSearch.Waiting.SILENT).searchId()).isEqualTo(2);
        assertThat(site.asked).containsExactly("search 县", "page 1 2", "search 县", "page 2 2");
    }

    @Test
    void aFirstSearchForPageTwoSearchesThenReadsThatPage() throws Exception {
        assertThat(search.search("县", 2, PortalSearch.Waiting.SILENT).page()).isEqualTo(2);
        assertThat(site.asked).containsExactly("search 县", "page 1 2");
    }
}
