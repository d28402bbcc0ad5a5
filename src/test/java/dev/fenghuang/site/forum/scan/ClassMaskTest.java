package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The classes found in a page's characters are those jsoup's {@code hasClass} finds, case folded as it folds. */
class ClassMaskTest {
    @ParameterizedTest
    @ValueSource(strings = {"pls", "PLS", "Pls t_f", "t_F\tpcb\npo", "plſ", "PLſ", "pgſ", "hm ptn", "xi2 XG1",
        "pattl pattlx", "po-hin", "ﬃ pi", "pĺs", "", "  ", "authi fastre locked pgt pgs pg plc"})
    void aClassReadFromThePageIsTheOneJsoupFinds(String classes) {
        char[] page = ("x" + classes + "y").toCharArray();
        int mask = ClassMask.of(page, 1, page.length - 1);
        Element tag = Jsoup.parse("<div class=\"" + classes + "\"></div>").selectFirst("div");
        int expected = 0;
        for (int i = 0; i < ClassMask.NAMES.length; i++) {
            expected |= tag.hasClass(ClassMask.NAMES[i]) ? 1 << i : 0;
        }
        assertThat(mask).as(classes).isEqualTo(expected).isEqualTo(ClassMask.of(classes));
    }
}
