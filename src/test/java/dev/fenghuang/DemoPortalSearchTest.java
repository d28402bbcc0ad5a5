package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.WebClient;
import dev.fenghuang.model.UnencodableText;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.SearchTooSoon;
import dev.fenghuang.site.read.PortalSearching;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site adapter's portal search against the demo portal (3.10), both built from the protocol reference alone. */
class DemoPortalSearchTest {
    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK"})
    void findsQuxianAndTuopinWithTheMatchesMarkedAndPagesOn(String name) throws Exception {
        Charset charset = Charset.forName(name);
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().charset(charset).build());
             WebClient web = new WebClient(HttpSettings.defaults())) {
            portal.freezeClock();
            // configured UTF-8 on both: the form page's declared charset decides what is posted
            PortalSearching search = new PortalSearching(portal.baseUrl(), StandardCharsets.UTF_8, web,
                    Clock.systemUTC());
            ArticleSearch tuopin = search.search("脱贫");
            assertThat(tuopin.keyword()).isEqualTo("脱贫");
            assertThat(tuopin.hits()).isNotEmpty().allSatisfy(h -> assertMarked(h, "脱贫"));
            assertThat(tuopin.hits()).extracting(h -> h.title().text())
                    .contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
            assertThat(tuopin.hits()).extracting(ArticleHit::aid).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            portal.advanceClock(Duration.ofSeconds(10));
            ArticleSearch quxian = search.search("渠县");
            assertThat(quxian.total()).isEqualTo(quxian.hits().size()).isPositive();
            assertThat(quxian.hits()).allSatisfy(h -> assertMarked(h, "渠县"));
            portal.advanceClock(Duration.ofSeconds(10));
            ArticleSearch county = search.search("县");
            assertThat(county.pageCount()).isGreaterThan(1);
            ArticleSearch second = search.page(county.searchId(), 2);
            assertThat(second.page()).isEqualTo(2);
            assertThat(second.hits().get(0).aid()).isLessThan(county.hits().get(county.hits().size() - 1).aid());
            ArticleSearch past = search.page(county.searchId(), 99);
            assertThat(past.hits()).isEmpty();
            assertThat(past.page()).isEqualTo(99);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK"})
    void aSecondSearchWithinTenSecondsIsTooSoonAndQuotesAndBracketsPassThePost(String name) throws Exception {
        Charset charset = Charset.forName(name);
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().charset(charset).build());
             WebClient web = new WebClient(HttpSettings.defaults())) {
            portal.freezeClock();
            PortalSearching search = new PortalSearching(portal.baseUrl(), charset, web, Clock.systemUTC());
            search.search("渠县");
            assertThatThrownBy(() -> search.search("脱贫")).isInstanceOfSatisfying(SearchTooSoon.class, e -> {
                assertThat(e.interval()).isEqualTo(Duration.ofSeconds(10));
                assertThat(e.siteMessage().text()).isEqualTo("抱歉，您在 10 秒内只能进行一次搜索");
            });
            portal.advanceClock(Duration.ofSeconds(10));
            ArticleSearch quoted = search.search("“巾帼脱贫(行动)”");
            assertThat(quoted.keyword()).isEqualTo("“巾帼脱贫(行动)”");
            assertThat(quoted.hits()).isEmpty();
            portal.advanceClock(Duration.ofSeconds(10));
            if (charset.name().equals("GBK")) {
                assertThatThrownBy(() -> search.search("渠县\uD83D\uDE00")).isInstanceOf(UnencodableText.class);
            } else {
                assertThat(search.search("渠县\uD83D\uDE00").hits()).isEmpty();
            }
        }
    }

    private static void assertMarked(ArticleHit hit, String word) {
        String text = hit.title().text();
        assertThat(hit.title().marks()).isNotEmpty().allSatisfy(m ->
                assertThat(text.substring(m.start(), m.end())).isEqualTo(word));
    }
}
