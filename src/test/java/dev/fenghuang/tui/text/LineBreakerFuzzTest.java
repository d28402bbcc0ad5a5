package dev.fenghuang.tui.text;

import dev.fenghuang.tui.FuzzLayouts;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import java.util.List;

/**
 * Any clean paragraph, width and indent: every line fits (the first after its indent), no line ends in a space, and
 * nothing but spaces is lost or added. Column widths are 0, 1 or 2 and add up.
 */
class LineBreakerFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void wrapsAnyTextWithinTheWidth(FuzzedDataProvider data) {
        FuzzReport.input();
        LineBreaker breaker = FuzzLayouts.breaker(data);
        int width = data.consumeInt(-2, 200);
        int indent = data.consumeInt(-2, 60);
        String text = TerminalText.clean(data.consumeRemainingAsString());
        List<String> lines = breaker.wrap(text, width, indent);
        int max = Math.max(2, width);
        for (int i = 0; i < lines.size(); i++) {
            int room = i == 0 ? Math.max(2, max - Math.max(0, indent)) : max;
            assertThat(breaker.widths().of(lines.get(i)))
                    .as("line %d of %s in %s", i, codePoints(lines.get(i)), codePoints(text))
                    .isLessThanOrEqualTo(room);
            assertThat(lines.get(i)).isEqualTo(lines.get(i).stripTrailing());
        }
        assertThat(withoutSpaces(String.join("", lines))).isEqualTo(withoutSpaces(text));
        int sum = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int w = breaker.widths().of(text.codePointAt(i));
            assertThat(w).isBetween(0, 2);
            sum += w;
        }
        assertThat(breaker.widths().of(text)).isEqualTo(sum);
    }

    private static String codePoints(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(String.format("U+%04X ", cp)));
        return out.toString();
    }

    private static String withoutSpaces(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
