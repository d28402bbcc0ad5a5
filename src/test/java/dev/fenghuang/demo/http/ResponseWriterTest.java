package dev.fenghuang.demo.http;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.seed.ArticlePlan;
import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseWriterTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void gbkModeServesGbkBytesThatAreNotUtf8() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            Fetch.Page page = Fetch.get(portal, "portal.php?mod=view&aid=1");
            assertThat(page.header("content-type")).isEqualTo("text/html; charset=gbk");
            assertThat(validUtf8(page.bytes())).isFalse();
            String html = page.text(GBK);
            assertThat(html).contains("<meta charset=\"gbk\" />").contains("charset = 'gbk'");
            assertThat(html).contains("<h1 class=\"ph\">" + SampleArticle.TITLE + " </h1>");
            for (String paragraph : SampleArticle.paragraphs()) {
                assertThat(html).contains(paragraph);
            }
        }
    }

    @Test
    void gbkAndUtf8ModesServeTheSameTextForTheSameSeed() {
        try (DemoPortal gbk = DemoPortal.start(DemoOptions.builder().gbk().build());
                DemoPortal utf8 = DemoPortal.start(DemoOptions.defaults())) {
            String a = Fetch.get(gbk, "portal.php?mod=list&catid=1").text(GBK).replace(gbk.baseUrl().toString(), "SITE");
            String b = Fetch.get(utf8, "portal.php?mod=list&catid=1").text().replace(utf8.baseUrl().toString(), "SITE");
            String body = "<div class=\"bm_c xld\">";
            assertThat(a.substring(a.indexOf(body), a.indexOf("<div class=\"pgs cl\">")))
                    .isEqualTo(b.substring(b.indexOf(body), b.indexOf("<div class=\"pgs cl\">")));
        }
    }

    @Test
    void gbkModeEncodesItsOwnUrlsInGbk() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            assertThat(Fetch.get(portal, "portal.php").text(GBK)).contains("srchtxt=%C7%FE%CF%D8&amp;");
        }
    }

    @Test
    void everyGeneratedPageIsRepresentableInGbk() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            for (int aid = 1; aid <= ArticlePlan.LAST_AID; aid++) {
                String html = Fetch.get(portal, "portal.php?mod=view&aid=" + aid).text();
                assertThat(GBK.newEncoder().canEncode(html)).as("aid %d in GBK", aid).isTrue();
            }
        }
    }

    @Test
    void pagesAreGzippedWhenTheClientAcceptsIt() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Fetch.Page page = Fetch.get(portal, "portal.php?mod=view&aid=1", "Accept-Encoding", "gzip");
            assertThat(page.header("content-encoding")).isEqualTo("gzip");
            assertThat(page.text()).contains(SampleArticle.TITLE);
            assertThat(Fetch.get(portal, "portal.php?mod=view&aid=1").header("content-encoding")).isEmpty();
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
