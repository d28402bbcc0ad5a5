package dev.fenghuang.demo.forum.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ForumHtmlTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void cutAddsTheFalseEllipsisOfUtf8WhenTheBytesExceedButTheWidthDoesNot() {
        assertThat(ForumHtml.cut("城区东门片区停水到几点?", 30, StandardCharsets.UTF_8)).isEqualTo("城区东门片区停水到几点? ...");
        assertThat(ForumHtml.cut("城区东门片区停水到几点?", 30, GBK)).isEqualTo("城区东门片区停水到几点?");
        assertThat(ForumHtml.cut("一二三四五六七八九十一二三四五六七八九十", 30, StandardCharsets.UTF_8))
                .isEqualTo("一二三四五六七八九十一二三四五 ...");
        assertThat(ForumHtml.cut("short subject", 30, StandardCharsets.UTF_8)).isEqualTo("short subject");
    }

    @Test
    void widthCountsAChineseCharacterAsTwoUnits() {
        assertThat(ForumHtml.width("长".repeat(40))).isEqualTo(80);
        assertThat(ForumHtml.width("a长b")).isEqualTo(4);
        assertThat(ForumHtml.bytes("好冷", StandardCharsets.UTF_8)).isEqualTo(6);
        assertThat(ForumHtml.bytes("好冷", GBK)).isEqualTo(4);
    }

    @Test
    void escapeLeavesSingleQuotes() {
        assertThat(ForumHtml.escape("a & \"b\" <c> 'd'")).isEqualTo("a &amp; &quot;b&quot; &lt;c&gt; 'd'");
    }
}
