package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserLanguageTest {
    private static String choose(Map<String, String> env) {
        return UserLanguage.choose(Optional.empty(), env, Locale.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource({"zh_CN.UTF-8, zh", "zh_TW.Big5, zh", "zh_HK, zh", "zh, zh", "zh-Hans, zh", "zh_SG.GB18030@x, zh",
            "en_US.UTF-8, en", "fr_FR.ISO-8859-1, fr", "C, en", "POSIX, en", "C.UTF-8, en", "' zh_CN.utf8 ', zh"})
    void readsTheLanguageOfALocaleNameWhetherOrNotItIsInstalled(String name, String language) {
        assertThat(UserLanguage.ofLocaleName(name)).isEqualTo(language);
    }

    @Test
    void aChineseLangGivesChineseThoughJavaFellBackToEnglish() {
        assertThat(UserLanguage.choose(Optional.empty(), Map.of("LANG", "zh_CN.UTF-8"), Locale.ENGLISH))
                .isEqualTo("zh");
    }

    @Test
    void lcAllWinsOverLcMessagesWhichWinsOverLang() {
        assertThat(choose(Map.of("LC_ALL", "C", "LC_MESSAGES", "zh_CN.UTF-8", "LANG", "zh_CN.UTF-8"))).isEqualTo("en");
        assertThat(choose(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "C"))).isEqualTo("zh");
        assertThat(choose(Map.of("LC_MESSAGES", "zh_TW.UTF-8", "LANG", "en_US.UTF-8"))).isEqualTo("zh");
        assertThat(choose(Map.of("LC_MESSAGES", "POSIX", "LANG", "zh_CN.UTF-8"))).isEqualTo("en");
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        assertThat(choose(Map.of("LC_ALL", "", "LC_MESSAGES", " ", "LANG", "zh_CN.UTF-8"))).isEqualTo("zh");
    }

    @Test
    void otherCategoriesDoNotChooseTheLanguage() {
        assertThat(choose(Map.of("LC_CTYPE", "zh_CN.UTF-8", "LANG", "C"))).isEqualTo("en");
    }

    @Test
    void theSettingWinsOverTheEnvironment() {
        assertThat(UserLanguage.choose(Optional.of("en"), Map.of("LC_ALL", "zh_CN.UTF-8"), Locale.CHINA))
                .isEqualTo("en");
        assertThat(UserLanguage.choose(Optional.of("zh"), Map.of("LANG", "C"), Locale.ENGLISH)).isEqualTo("zh");
    }

    @Test
    void withNothingSetTheDefaultLocaleDecides() {
        assertThat(UserLanguage.choose(Optional.empty(), Map.of(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh");
        assertThat(UserLanguage.choose(Optional.empty(), Map.of(), Locale.ROOT)).isEqualTo("en");
    }
}
