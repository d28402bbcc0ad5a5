package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.SiteMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The site's words as told to a person. The message keys walked here are in {@code site-message-keys.txt}, a copy of
 * every key the protocol reference names (its Appendix A and the keys named in its sections): the reference lives
 * outside the repository, and a clean clone must run this test on its own.
 */
class SiteWordsTest {
    private static List<String> referenceKeys() throws IOException {
        try (InputStream in = SiteWordsTest.class.getResourceAsStream("site-message-keys.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheReferenceNamesHasAnEnglishAndAChineseText() throws IOException {
        List<String> keys = referenceKeys();
        assertThat(keys).hasSizeGreaterThanOrEqualTo(124).contains("aid_comment_is_forbidden", "post_flood_ctrl",
                "login_cp_noaccess", "mobile_is_closed").doesNotHaveDuplicates();
        Properties en = bundle("texts");
        Properties zh = bundle("texts_zh");
        for (String key : keys) {
            String english = en.getProperty("site.key." + key, "");
            String chinese = zh.getProperty("site.key." + key, "");
            assertThat(english).as("English text of " + key).isNotBlank().doesNotContain(key)
                    .matches("[\\x20-\\x7e…]+");
            assertThat(chinese).as("Chinese text of " + key).isNotBlank().doesNotContain(key)
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aBareKeyIsToldInTheUsersLanguage() {
        SiteMessage closed = new SiteMessage("aid_comment_is_forbidden", SiteMessage.Kind.CLOSED);
        assertThat(SiteWords.of(closed, Texts.forLanguage("en"))).isEqualTo("comments are closed on this article");
        assertThat(SiteWords.of(closed, Texts.forLanguage("zh"))).isEqualTo("本文已关闭评论");
    }

    @Test
    void theValuesTheSiteSentFillTheText() {
        SiteMessage fast = new SiteMessage("operating_too_fast", SiteMessage.Kind.TOO_FAST, Map.of("waittime", "15"));
        assertThat(SiteWords.of(fast, Texts.forLanguage("en"))).contains("wait 15 seconds");
        assertThat(SiteWords.of(new SiteMessage("operating_too_fast", null), Texts.forLanguage("zh")))
                .isEqualTo("抱歉，两次发布操作太快，请等待 … 秒再试");
    }

    @Test
    void anUnknownKeyIsNeverPrintedBare() {
        String told = SiteWords.of(new SiteMessage("plugin_says_no", null), Texts.forLanguage("en"));
        assertThat(told).isNotEqualTo("plugin_says_no").contains("plugin_says_no").contains("no text");
    }

    @Test
    void theSitesOwnWordsStayAsTheSiteWroteThem() {
        String words = "抱歉，您指定要查看的文章不存在或正在审核";
        assertThat(SiteWords.of(new SiteMessage(words, null), Texts.forLanguage("en"))).isEqualTo(words);
        assertThat(SiteWords.of(new SiteMessage("Specified article not found", null), Texts.forLanguage("zh")))
                .isEqualTo("Specified article not found");
    }
}
