package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** 4.5: a 39-character Chinese subject (78 units) passes, a 41-character one (82) does not, on UTF-8 and GBK. */
class SubjectLengthTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void chineseCountsTwoOnUtf8AsDstrlenDoes() {
        assertThat(SubjectLength.units("渠".repeat(39), StandardCharsets.UTF_8)).isEqualTo(78);
        assertThat(SubjectLength.fits("渠".repeat(40), StandardCharsets.UTF_8)).isTrue();
        assertThat(SubjectLength.fits("渠".repeat(41), StandardCharsets.UTF_8)).isFalse();
    }

    @Test
    void gbkCountsItsBytes() {
        assertThat(SubjectLength.units("渠县ab", GBK)).isEqualTo(6);
        assertThat(SubjectLength.fits("渠".repeat(41), GBK)).isFalse();
    }

    @Test
    void theSubjectIsCountedEscapedAsTheSiteStoresIt() {
        assertThat(SubjectLength.units("a&b", StandardCharsets.UTF_8)).isEqualTo(7);
    }
}
