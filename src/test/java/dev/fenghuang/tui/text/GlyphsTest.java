package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import org.junit.jupiter.api.Test;

class GlyphsTest {
    private static int lanternaColumns(String drawable) {
        return Glyphs.cells(drawable).stream().mapToInt(c -> c.isDoubleWidth() ? 2 : 1).sum();
    }

    @Test
    void everyPieceTakesInLanternaTheColumnsTheLayoutGaveIt() {
        for (boolean wide : new boolean[] {false, true}) {
            Glyphs glyphs = new Glyphs(ColumnWidth.of(wide));
            for (String s : new String[] {"渠县", "“引号”…·", "e\u0301", "👩\u200D💻", "👍🏽", "⭐", "①", "│", "abc", "\u200B"}) {
                assertThat(lanternaColumns(glyphs.drawable(s))).as("%s (ambiguous wide: %s)", s, wide)
                        .isEqualTo(glyphs.widths().of(s));
            }
        }
    }

    @Test
    void keepsWhatBothAgreeOnAndComposesCombiningMarks() {
        Glyphs glyphs = new Glyphs(ColumnWidth.NARROW_AMBIGUOUS);
        assertThat(glyphs.drawable("渠县 abc “”")).isEqualTo("渠县 abc “”");
        assertThat(glyphs.drawable("e\u0301")).isEqualTo("é");
    }

    @Test
    void ambiguousCharactersShownWideGetWideStandIns() {
        Glyphs glyphs = new Glyphs(ColumnWidth.WIDE_AMBIGUOUS);
        assertThat(glyphs.drawable("“")).isEqualTo("\uFF02");
        TextCharacter c = Glyphs.cells(glyphs.drawable("·")).get(0);
        assertThat(c.isDoubleWidth()).isTrue();
    }

    /**
     * What a painter's glyphs hold grows with the text drawn, not with the plane: one array for all 65,536 code
     * points of the basic plane was 256 KB of every reader's heap from the first frame (issue 13).
     */
    @Test
    void glyphsOfAFewCharactersTakeAFewKilobytes() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        ColumnWidth widths = ColumnWidth.of(false);
        new Glyphs(widths).drawable("渠县 abc");
        long before = threads.getThreadAllocatedBytes(id);
        Glyphs glyphs = new Glyphs(widths);
        String drawn = glyphs.drawable("渠县 abc “”");
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(drawn).isEqualTo("渠县 abc “”");
        assertThat(allocated).isLessThan(32 * 1024);
    }
}
