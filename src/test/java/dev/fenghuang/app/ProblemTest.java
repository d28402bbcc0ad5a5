package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.http.UndeclaredCharsetException;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void quotesTheSitesOwnMessage() {
        Problem p = Problem.of(new SiteRefused(new SiteMessage("抱歉，您指定要查看的文章不存在或正在审核",
                SiteMessage.Kind.NOT_FOUND)));
        assertThat(p.message()).isEqualTo("the site says: 抱歉，您指定要查看的文章不存在或正在审核");
        assertThat(p.exitCode()).isEqualTo(1);
    }

    @Test
    void makesEveryFailureOneLine() {
        assertThat(Problem.of(new UnexpectedPage("http://x/", "HTTP 500\nfrom the site")).message())
                .doesNotContain("\n").contains("HTTP 500 from the site");
        assertThat(Problem.of(new ConnectException("Connection refused")).message())
                .isEqualTo("cannot connect to the site: Connection refused");
        assertThat(Problem.of(new UncheckedIOException(new SocketTimeoutException("Read timed out"))).message())
                .isEqualTo("the site did not answer in time");
        assertThat(Problem.of(new UndeclaredCharsetException()).message()).contains("charset");
    }

    @Test
    void speaksChineseWhenAskedAndKeepsTheSitesWordsAsTheyAre() {
        Texts zh = Texts.forLanguage("zh");
        assertThat(Problem.of(new SiteRefused(new SiteMessage("抱歉，您指定的收藏不存在", SiteMessage.Kind.NOT_FOUND)), zh)
                .message()).isEqualTo("网站提示：抱歉，您指定的收藏不存在");
        assertThat(Problem.of(new ConnectException("Connection refused"), zh).message())
                .isEqualTo("无法连接网站：Connection refused");
        Problem p = Problem.of(new dev.fenghuang.model.UnencodableText(java.util.List.of("😀"), "GBK"), zh);
        assertThat(p.message()).contains("GBK").contains("😀").contains("已保留").doesNotContain("draft");
        assertThat(p.exitCode()).isEqualTo(2);
        assertThat(Problem.of(new SiteRefused(new SiteMessage("x", SiteMessage.Kind.OTHER))).message())
                .isEqualTo("the site says: x");
    }

    /** A page sync fetched that the store did not keep is the store's trouble, named in the user's language. */
    @Test
    void aPageTheStoreDidNotKeepIsNamedInChineseAndIsNoNetworkError() {
        var notKept = new dev.fenghuang.store.SyncLedger.NotKept(dev.fenghuang.cache.CacheKey.list(5, 1));
        assertThat(Problem.of(notKept, Texts.forLanguage("zh")).message()).isEqualTo("分类 5 列表 第 1 页未存入本地存储");
        assertThat(Problem.of(notKept, Texts.forLanguage("en")).message()).doesNotContain("network")
                .contains("was not kept in the store");
    }

    @Test
    void aPageOverTheCapSaysItsSizeNotThatItIsNoDiscuzPage() {
        var tooLarge = new dev.fenghuang.http.PageTooLarge(16L * 1024 * 1024);
        assertThat(Problem.of(tooLarge).message()).isEqualTo("the page is larger than 16 MB; it was not read");
        assertThat(Problem.of(new UncheckedIOException(tooLarge), Texts.forLanguage("zh")).message())
                .isEqualTo("页面大于 16 MB，未读取");
    }

    @Test
    void aDeadlineSaysHowLongTheSiteHad() {
        var late = new dev.fenghuang.http.DeadlineExceeded(java.time.Duration.ofSeconds(30));
        assertThat(Problem.of(late).message())
                .isEqualTo("the site did not finish answering within 30 s; the request was stopped");
        assertThat(Problem.of(late, Texts.forLanguage("zh")).message()).isEqualTo("网站在 30 秒内没有完成响应，请求已中止");
    }

    @Test
    void anUntrustedCertificateSaysHowToTrustIt() {
        var untrusted = new dev.fenghuang.http.UntrustedCertificate("bbs.example.com", null);
        assertThat(Problem.of(untrusted).message()).startsWith("certificate not trusted for bbs.example.com")
                .contains("tls.trust");
        assertThat(Problem.of(untrusted, Texts.forLanguage("zh")).message()).contains("不受信任").contains("tls.trust");
    }

    @Test
    void aRedirectLoopAndADowngradeAreNamed() {
        var loop = new dev.fenghuang.http.RedirectRefused(dev.fenghuang.http.RedirectRefused.Reason.LOOP,
                "http://x/a", null);
        var down = new dev.fenghuang.http.RedirectRefused(dev.fenghuang.http.RedirectRefused.Reason.DOWNGRADE,
                "http://x/a", null);
        assertThat(Problem.of(loop).message()).isEqualTo("the site redirects in a loop (http://x/a)");
        assertThat(Problem.of(down, Texts.forLanguage("zh")).message()).contains("https").contains("http://x/a");
    }

    @Test
    void dropsEscapeSequencesFromAChunkErrorThatQuotesTheSite() {
        Problem p = Problem.of(new org.apache.hc.core5.http.MalformedChunkCodingException(
                "Bad chunk header: 1f\u001B]52;c;ZWNobyBvd25lZA==\u0007\u009B2J"));
        assertThat(p.message()).isEqualTo("network error: Bad chunk header: 1f");
    }

    @Test
    void dropsControlsAndFormCharactersFromAnyExceptionMessage() {
        Problem p = Problem.of(new java.io.IOException("Invalid redirect URI: a\u001B[2Jb\u202Ec\u200Bd\u0007"));
        assertThat(p.message()).isEqualTo("network error: Invalid redirect URI: abcd");
        Problem refused = Problem.of(new SiteRefused(new SiteMessage("抱歉\u2066\u001B]0;x\u0007", SiteMessage.Kind.OTHER)));
        assertThat(refused.message()).isEqualTo("the site says: 抱歉");
        assertThat(Problem.of(new IllegalStateException("x\u001B]8;;http://e/\u001B\\y")).message())
                .doesNotContain("\u001B").doesNotContain("http://e/");
    }
}
