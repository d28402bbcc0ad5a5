package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (var in = TextsTest.class.getResourceAsStream("/dev/fenghuang/app/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishTextHasAChineseOneAndTheOtherWayRound() throws Exception {
        assertThat(bundle("texts_zh").stringPropertyNames()).isEqualTo(bundle("texts").stringPropertyNames());
    }

    /** Ids and counts given as numbers print as the site writes them: MessageFormat would group them (1,075). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aNumberArgumentPrintsWithoutDigitGrouping(String language) {
        Texts texts = Texts.forLanguage(language);
        assertThat(texts.get("mod.decided.pid", 1075L)).contains("1075").doesNotContain("1,075");
        assertThat(texts.get("mod.decided.pidInThread", 123456, 7890L)).contains("123456").contains("7890");
    }

    /** MessageFormat eats a lone apostrophe and everything up to the next one: placeholders must survive. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyPlaceholderIsFilledAndNoApostropheIsEaten(String language) throws Exception {
        Texts texts = Texts.forLanguage(language);
        Properties raw = bundle(language.equals("zh") ? "texts_zh" : "texts");
        for (String key : raw.stringPropertyNames()) {
            String pattern = raw.getProperty(key);
            if (!pattern.contains("{0}")) {
                continue;
            }
            assertThat(pattern.replace("''", "")).as(key + ": write an apostrophe as '' here").doesNotContain("'");
            String text = texts.get(key, "A0", "A1", "A2", "A3");
            assertThat(text).as(key).contains("A0").doesNotContain("{0}").doesNotContain("{1}");
            if (pattern.contains("''")) {
                assertThat(text).as(key).contains("'");
            }
        }
    }

    /** A text without a numbered placeholder is shown as it stands (no MessageFormat): '' would show doubled. */
    @ParameterizedTest
    @ValueSource(strings = {"texts", "texts_zh"})
    void aTextShownAsItStandsHasNoDoubledApostrophe(String name) throws Exception {
        Properties raw = bundle(name);
        for (String key : raw.stringPropertyNames()) {
            String pattern = raw.getProperty(key);
            if (!pattern.matches("(?s).*\\{\\d.*")) {
                assertThat(pattern).as(key + ": no placeholder, so write one apostrophe").doesNotContain("''");
            }
        }
    }

    @Test
    void picksChineseForAZhLocaleAndEnglishOtherwise() {
        assertThat(Texts.forLanguage("zh").get("meta.by")).isEqualTo("发布者");
        assertThat(Texts.forLanguage("zh-TW").get("meta.by")).isEqualTo("发布者");
        assertThat(Texts.forLanguage("fr").get("meta.by")).isEqualTo("by");
    }

    @Test
    void eachLanguagesTextsAreReadOncePerProcess() {
        assertThat(Texts.forLanguage("zh-CN")).isSameAs(Texts.forLanguage("zh"));
        assertThat(Texts.forLanguage("en")).isSameAs(Texts.forLanguage("fr")).isNotSameAs(Texts.forLanguage("zh"));
    }
}
