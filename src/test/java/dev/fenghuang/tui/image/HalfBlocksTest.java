package dev.fenghuang.tui.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.fenghuang.model.Picture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HalfBlocksTest {
    /** {@code w × h}, the top half red and the bottom half blue. */
    private static Picture redOverBlue(int w, int h) {
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = i / w < h / 2 ? 0xFF0000 : 0x0000FF;
        }
        return new Picture(w, h, px);
    }

    @Test
    void drawsTwoPixelsACellWithTheUpperAsForegroundAndTheLowerAsBackground() {
        List<List<TextCharacter>> rows = HalfBlocks.rows(redOverBlue(4, 4), 80, 40, ImageStyle.TRUE_COLOUR);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).hasSize(4);
        TextCharacter top = rows.get(0).get(0);
        assertThat(top.getCharacterString()).isEqualTo("▀");
        assertThat(top.getForegroundColor()).isEqualTo(new TextColor.RGB(255, 0, 0));
        assertThat(top.getBackgroundColor()).isEqualTo(new TextColor.RGB(255, 0, 0));
        assertThat(rows.get(1).get(3).getBackgroundColor()).isEqualTo(new TextColor.RGB(0, 0, 255));
    }

    @Test
    void fitsTheColumnsAndRowsKeepingTheAspect() {
        List<List<TextCharacter>> wide = HalfBlocks.rows(redOverBlue(240, 120), 60, 100, ImageStyle.PALETTE_256);
        List<List<TextCharacter>> tall = HalfBlocks.rows(redOverBlue(100, 200), 80, 10, ImageStyle.PALETTE_256);

        assertThat(wide.get(0)).hasSize(60);
        assertThat(wide).hasSize(15);
        assertThat(tall).hasSize(10);
        assertThat(tall.get(0)).hasSize(10);
        assertThat(wide.get(0).get(0).getForegroundColor()).isInstanceOf(TextColor.Indexed.class);
    }

    @Test
    void inMonochromeDrawsDarkPixelsAsInkInTheTerminalsOwnColours() {
        List<List<TextCharacter>> rows = HalfBlocks.rows(redOverBlue(2, 4), 80, 40, ImageStyle.MONOCHROME);

        assertThat(rows.get(0).get(0).getCharacterString()).isEqualTo(" ");
        assertThat(rows.get(1).get(0).getCharacterString()).isEqualTo("█");
        assertThat(rows.get(1).get(0).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
    }

    @Test
    void picksTheStyleFromTheSettingsAndTheEnvironment() {
        assertThat(ImageStyle.of(false, false, Map.of("COLORTERM", "truecolor"))).isEqualTo(ImageStyle.NONE);
        assertThat(ImageStyle.of(true, true, Map.of("COLORTERM", "truecolor"))).isEqualTo(ImageStyle.MONOCHROME);
        assertThat(ImageStyle.of(true, false, Map.of("COLORTERM", "24bit"))).isEqualTo(ImageStyle.TRUE_COLOUR);
        assertThat(ImageStyle.of(true, false, Map.of())).isEqualTo(ImageStyle.PALETTE_256);
    }
}
