package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The gate finds {@code </html} in a page's last 4,096 characters where a lower-cased copy of them shows it. */
class PageGateEndsDocumentTest {
    @Test
    void findsTheEndOfTheDocumentAsALowerCasedCopyWould() {
        String[] pieces = {"</html>", "</HTML>", "</Html", "</htm", "</", "<", "/", "html", "x", "\u0130", "\u212A",
            "\u4e2d", "</div>", " ", "</h\u0130ml"};
        Random random = new Random(10);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder page = new StringBuilder();
            int padding = random.nextInt(3) == 0 ? 4090 + random.nextInt(12) : random.nextInt(40);
            page.append("y".repeat(padding));
            for (int p = random.nextInt(6); p >= 0; p--) {
                page.insert(random.nextInt(page.length() + 1), pieces[random.nextInt(pieces.length)]);
            }
            String text = page.toString();
            String tail = text.substring(Math.max(0, text.length() - 4096)).toLowerCase(Locale.ROOT);
            assertThat(PageGate.endsDocument(text)).as(text).isEqualTo(tail.contains("</html"));
        }
    }
}
