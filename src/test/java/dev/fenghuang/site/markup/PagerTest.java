package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PagerTest {
    private static Pager of(String html) {
        return Pager.of(Jsoup.parse(html).body());
    }

    @Test
    void readsCurrentAndTotalFromStrongAndTheTotalSpan() {
        assertThat(of("<div class=\"pg\"><a href=\"x&amp;page=1\">1</a><strong>2</strong><a href=\"x&amp;page=3\">3</a>"
                + "<label><span title=\"共 12 页\"> / 12 页</span></label></div>")).isEqualTo(new Pager(2, 12));
    }

    @Test
    void fallsBackToTheHighestPageLink() {
        assertThat(of("<div class=\"pg\"><strong>1</strong><a href=\"portal.php?mod=list&catid=4&amp;page=2\">2</a>"
                + "<a href=\"portal.php?mod=list&catid=4&page=5\" class=\"last\">... 5</a></div>"))
                .isEqualTo(new Pager(1, 5));
    }

    @Test
    void isOneOfOneWithoutPagerOrWithAnEmptyContainer() {
        assertThat(of("<p>nothing</p>")).isEqualTo(Pager.SINGLE);
        assertThat(of("<div class=\"pgs cl mtm mbm\"></div>")).isEqualTo(Pager.SINGLE);
    }
}
