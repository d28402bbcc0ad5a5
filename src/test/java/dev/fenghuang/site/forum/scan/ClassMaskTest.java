package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The classes found in a page's characters are those jsoup's {@code hasClass} finds, case folded as it folds. */
class ClassMaskTest {
    @ParameterizedTest
    @ValueSource(strings = {"pls", "PLS", "Pls t_f", "t_F\tpcb\npo", "plſ", "PLſ", "pgſ", "hm ptn", "xi2 XG1",
        "pattl pattlx", "po-hin", "ﬃ pi", "pĺs", "", "  ", "authi fastre locked pgt pgs pg plc"})
    void aClassReadFromThePageIsTheOneJsoupFinds(String classes) {
        String page = "x" + classes + "y";
        int mask = ClassMask.of(page, 1, page.length() - 1);
        Element tag = Jsoup.parse("<div class=\"" + classes + "\"></div>").selectFirst("div");
        int expected = 0;
        for (int i = 0; i < ClassMask.NAMES.length; i++) {
            expected |= tag.hasClass(ClassMask.NAMES[i]) ? 1 << i : 0;
        }
        assertThat(mask).as(classes).isEqualTo(expected).isEqualTo(ClassMask.of(classes));
    }

    /** Random class lists: the bits read in place are the classes jsoup's {@code hasClass} finds. */
    @Test
    void classesReadFromThePageMatchTheirText() {
        String[] pieces = {"p", "P", "l", "s", "S", "\u017F", "t_f", "T_", "o", "po", "att", "pattl", "x", "i", "I",
            "\u0130", "2", "g1", "hm", " ", "\t", "\u3000", "\u212A", "\0", "authi", "ed", "lock", "fast", "re"};
        Random random = new Random(10);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder classes = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                classes.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = "x" + classes + "y";
            Element tag = new Element("div").attr("class", classes.toString());
            int expected = 0;
            for (int i = 0; i < ClassMask.NAMES.length; i++) {
                expected |= tag.hasClass(ClassMask.NAMES[i]) ? 1 << i : 0;
            }
            assertThat(ClassMask.of(page, 1, page.length() - 1)).as(classes.toString()).isEqualTo(expected);
        }
    }
}
