package dev.fenghuang.demo;

import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private DemoPortal portal;

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.builder().slowDelay(Duration.ofMillis(1500)).build());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Fetch.Page article() {
        return Fetch.get(portal, "portal.php?mod=view&aid=1");
    }

    @Test
    void serverErrorAnswers500WithAShortBody() {
        portal.inject(Fault.SERVER_ERROR);
        Fetch.Page page = article();
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.text()).contains("Internal Server Error").doesNotContain("article_content");
    }

    @Test
    void truncatedPageStopsInsideTheArticleBodyWithAMatchingLength() {
        portal.inject(Fault.TRUNCATED);
        Fetch.Page page = article();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-length")).isEqualTo(String.valueOf(page.bytes().length));
        assertThat(page.text()).contains("<td id=\"article_content\"><p>").doesNotContain("</td>")
                .doesNotContain("</html>");
    }

    @Test
    void malformedPageHasGarbageAndBrokenTags() {
        portal.inject(Fault.MALFORMED);
        String html = article().text();
        assertThat(html).contains("<<<<script>broken").doesNotContain("</p>").doesNotContain("</dl>");
    }

    @Test
    void undeclaredCharsetSendsGbkWithoutAnyDeclaration() {
        portal.inject(Fault.UNDECLARED_CHARSET);
        Fetch.Page page = article();
        assertThat(page.header("content-type")).isEqualTo("text/html");
        String html = page.text(Charset.forName("GBK"));
        assertThat(html).contains(SampleArticle.TITLE).doesNotContain("<meta charset").doesNotContain("charset = '");
        assertThat(page.text()).doesNotContain(SampleArticle.TITLE);
    }

    @Test
    void notDiscuzIsAnOrdinaryPageWith200() {
        portal.inject(Fault.NOT_DISCUZ);
        Fetch.Page page = article();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<html>").doesNotContain("cookiepre").doesNotContain("Discuz");
    }

    @Test
    void slowAnswersOnlyAfterTheDelay() throws IOException {
        portal.inject(Fault.SLOW);
        assertThatThrownBy(() -> Fetch.send(portal, "portal.php?mod=view&aid=1", Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
        long started = System.nanoTime();
        assertThat(Fetch.send(portal, "portal.php?mod=view&aid=1", Duration.ofSeconds(10)).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }

    @Test
    void resetClosesTheConnectionWithoutAnAnswer() {
        portal.inject(Fault.RESET);
        assertThatThrownBy(() -> Fetch.send(portal, "portal.php?mod=view&aid=1", Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        assertThat(portal.requestCount()).isPositive();
    }

    @Test
    void clearingFaultsRestoresNormalPages() {
        portal.inject(Fault.SERVER_ERROR);
        portal.inject(Fault.NOT_DISCUZ);
        portal.clearFaults();
        assertThat(article().text()).contains("id=\"article_content\"");
    }
}
