package dev.fenghuang.demo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommentTextTest {
    @Test
    void widthCountsAsciiOnceAndEverythingElseTwice() {
        assertThat(CommentText.width("ab渠县")).isEqualTo(6);
    }

    @Test
    void aTextThatFitsIsNotCutAndALongerOneEndsInSpaceDots() {
        assertThat(CommentText.cut("a".repeat(1000), 1000)).hasSize(1000);
        assertThat(CommentText.cut("a".repeat(1001), 1000)).isEqualTo("a".repeat(1000) + " ...");
        assertThat(CommentText.cut("a" + "长".repeat(500), 1000)).isEqualTo("a" + "长".repeat(499) + " ...");
    }

    @Test
    void tooShortCountsBytesInTheSiteCharset() {
        assertThat(CommentText.tooShort("x", StandardCharsets.UTF_8)).isTrue();
        assertThat(CommentText.tooShort("好", Charset.forName("GBK"))).isFalse();
        assertThat(CommentText.tooShort("", StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void theBbcodeSubsetBecomesHtmlAfterEscaping() {
        assertThat(CommentText.toHtml("<i>[quote]a: b[/quote][url]http://x.cn/[/url] [b]B[/b][i]I[/i][u]U[/u][em:3:]"))
                .isEqualTo("&lt;i&gt;<div class=\"quote\"><blockquote>a: b</blockquote></div><a href=\"http://x.cn/\" "
                        + "target=\"_blank\">http://x.cn/</a> <b>B</b><i>I</i><u>U</u>"
                        + "<img src=\"static/image/smiley/comcom/3.gif\" class=\"vm\">");
    }

    @Test
    void lineBreaksAndRunsOfSpacesAreKept() {
        assertThat(CommentText.toHtml("a\nb  c   d")).isEqualTo("a<br />b&nbsp;&nbsp;c&nbsp; &nbsp;d");
    }

    @Test
    void storedHtmlTurnsBackIntoTheBbcodeThatMadeIt() {
        String message = "[quote]旧[/quote]新 [b]粗[/b]\n[url]http://x.cn/[/url] & <ok>";
        assertThat(CommentText.toBbcode(CommentText.toHtml(message))).isEqualTo(message);
    }

    @Test
    void aQuoteDropsNestedQuotesAndIsCutAtOneHundredFifty() {
        PortalComment comment = new PortalComment(1, 1, Members.READER1, 0, "", 0, "[quote]x[/quote]" + "字".repeat(80));
        assertThat(CommentText.quote(comment)).isEqualTo("[quote]reader1: " + "字".repeat(75) + " ...[/quote]\n\n");
    }
}
