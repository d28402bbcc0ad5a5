package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parts of a post's scan that stand on their own. */
class FloorScanTest {
    /** A post's links are matched ignoring case exactly as a lower-cased copy of their href would be matched. */
    @Test
    void linksAreMatchedIgnoringCaseAsTheirLowerCasedCopyWouldBe() {
        String[] pieces = {"view", "VIEW", "thread", "THREAD", "ViewThread", "u", "U", "i", "I", "\u0130", "d", "D",
            "\u212A", "k", "&", "=", "\u4e2d", "\u03a3"};
        Random random = new Random(10);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder href = new StringBuilder();
            for (int p = random.nextInt(6); p >= 0; p--) {
                href.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = href.toString();
            String lower = text.toLowerCase(Locale.ROOT);
            for (String word : new String[] {"viewthread", "uid", "k", "i", "ki", "id"}) {
                assertThat(IgnoringCase.contains(text, word)).as("%s in %s", word, text)
                        .isEqualTo(lower.contains(word));
            }
        }
    }
}
