package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The status bar's numbers are padded as {@code String.format}'s {@code %Nd} pads them, without its parsing. */
class ScrolledTextPositionTest {
    @Test
    void numbersArePaddedAsFormatPadsThem() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            int n = i < 1_000 ? i : random.nextInt(Integer.MAX_VALUE);
            int width = 1 + random.nextInt(12);
            assertThat(ScrolledText.padded(n, width)).as("%d in %d", n, width)
                    .isEqualTo(String.format(Locale.ROOT, "%" + width + "d", n));
        }
    }
}
