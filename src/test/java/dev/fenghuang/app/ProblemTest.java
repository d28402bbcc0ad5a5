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
        assertThat(p.exitCode()).isEqualTo(3);
        assertThat(Problem.of(new SiteRefused(new SiteMessage("x", SiteMessage.Kind.OTHER))).message())
                .isEqualTo("the site says: x");
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
