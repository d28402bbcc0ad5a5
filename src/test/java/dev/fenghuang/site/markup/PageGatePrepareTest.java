package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.site.markup.tree.WellFormedHtml;
import org.junit.jupiter.api.Test;

class PageGatePrepareTest {
    /**
     * The page {@link PageGate#prepare} reads is one the pages' own tree builder reads, as it reads an article's: were
     * it to fall back to jsoup's parser, preparing would load that parser's ~100 classes for nothing.
     */
    @Test
    void theSamplePageIsReadByThePagesOwnTreeBuilder() {
        assertThat(WellFormedHtml.parse(PageGate.SAMPLE, "http://127.0.0.1/")).isNotNull();
        assertThat(PageGate.tree(PageGate.SAMPLE, "http://127.0.0.1/").select("p.a a").attr("href"))
                .isEqualTo("x?a=1&b=2");
    }

    @Test
    void preparingTwiceIsHarmless() {
        PageGate.prepare();
        PageGate.prepare();
        assertThat(PageGate.tree(PageGate.SAMPLE, "http://127.0.0.1/").title()).isEqualTo("x");
    }
}
