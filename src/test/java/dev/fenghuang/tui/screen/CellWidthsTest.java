package dev.fenghuang.tui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The width of a cell is Lanterna's answer for every character a cell can hold, whatever its colours. */
class CellWidthsTest {
    @Test
    void everyCharacterOfTheBasicPlaneHasLanternasWidthInAnyLook() {
        int checked = 0;
        int wide = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TextCharacter plain;
            try {
                plain = TextCharacter.fromCharacter((char) c)[0];
            } catch (IllegalArgumentException notACell) {
                continue; // control characters are no cell
            }
            TextCharacter styled = TextCharacter.fromString(plain.getCharacterString(), TextColor.ANSI.RED,
                    TextColor.ANSI.BLUE, SGR.BOLD, SGR.REVERSE)[0];
            boolean lanterna = plain.isDoubleWidth();
            assertThat(styled.isDoubleWidth()).isEqualTo(lanterna);
            assertThat(CellWidths.isDoubleWidth(styled)).as("U+%04X, first asked", c).isEqualTo(lanterna);
            assertThat(CellWidths.isDoubleWidth(plain)).as("U+%04X, from the table", c).isEqualTo(lanterna);
            assertThat(CellWidths.sized(plain).isDoubleWidth()).as("U+%04X, sized", c).isEqualTo(lanterna);
            assertThat(CellWidths.isDoubleWidth(CellWidths.sized(styled))).isEqualTo(lanterna);
            TextCharacter made = CellWidths.sized(c, TextColor.ANSI.RED, TextColor.ANSI.BLUE,
                    java.util.EnumSet.of(SGR.BOLD, SGR.REVERSE));
            assertThat(made).as("U+%04X, made from the code point", c).isEqualTo(CellWidths.sized(styled));
            assertThat(made.isDoubleWidth()).isEqualTo(lanterna);
            assertThat(CellWidths.modifierBits(made)).isEqualTo(CellWidths.modifierBits(styled));
            checked++;
            wide += lanterna ? 1 : 0;
        }
        assertThat(checked).isGreaterThan(65_000);
        assertThat(wide).as("CJK and the rest Lanterna takes for wide").isGreaterThan(20_000);
    }

    @Test
    void charactersBeyondTheBasicPlaneAndClustersHaveLanternasWidth() {
        for (String s : List.of("😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "𠀀", "𝐀", "é", "ก่")) {
            for (TextCharacter cell : TextCharacter.fromString(s)) {
                assertThat(CellWidths.isDoubleWidth(cell)).as(cell.getCharacterString())
                        .isEqualTo(cell.isDoubleWidth());
                assertThat(CellWidths.sized(cell).isDoubleWidth()).as(cell.getCharacterString())
                        .isEqualTo(cell.isDoubleWidth());
            }
        }
        for (String s : List.of("😀", "𠀀", "𝐀", "é")) {
            TextCharacter made = CellWidths.sized(s.codePointAt(0), TextColor.ANSI.GREEN, TextColor.ANSI.DEFAULT,
                    java.util.EnumSet.of(SGR.ITALIC));
            TextCharacter lanterna = TextCharacter.fromString(s, TextColor.ANSI.GREEN, TextColor.ANSI.DEFAULT,
                    SGR.ITALIC)[0];
            assertThat(made).as(s).isEqualTo(CellWidths.sized(lanterna));
            assertThat(made.isDoubleWidth()).as(s).isEqualTo(lanterna.isDoubleWidth());
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> CellWidths.sized('\u0007',
                TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, java.util.EnumSet.noneOf(SGR.class)));
    }

    @Test
    void aSizedCellIsTheSameCellAndEqualsTheOthersSizedFromIt() {
        TextCharacter cell = TextCharacter.fromString("凤", TextColor.ANSI.YELLOW, TextColor.ANSI.DEFAULT,
                SGR.UNDERLINE)[0];
        TextCharacter sized = CellWidths.sized(cell);

        assertThat(sized.getCharacterString()).isEqualTo("凤");
        assertThat(sized.getForegroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
        assertThat(sized.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(sized.getModifiers()).containsExactly(SGR.UNDERLINE);
        assertThat(sized).isEqualTo(CellWidths.sized(TextCharacter.fromString("凤", TextColor.ANSI.YELLOW,
                TextColor.ANSI.DEFAULT, SGR.UNDERLINE)[0])).hasSameHashCodeAs(cell);
        assertThat(CellWidths.sized(sized)).isSameAs(sized);
        assertThat(sized).isNotEqualTo(CellWidths.sized(cell.withCharacter('凰')));
    }

    /**
     * A space is sized too (a frame is mostly spaces, and Lanterna's screen asks every cell set and compared for its
     * width), yet equals Lanterna's plain space of the same look from its side, the side Lanterna's delta asks: the lines
     * a scroll brings in hold the plain one, and a space that differed from it would be sent again (a page down of an
     * article grew from 2,114 to 2,519 B when it did).
     */
    @Test
    void aSpaceIsSizedAndEqualsLanternasPlainSpaceOfTheSameLook() {
        TextCharacter space = CellWidths.sized(TextCharacter.DEFAULT_CHARACTER);
        assertThat(CellWidths.knowsWidth(space)).isTrue();
        assertThat(space).isEqualTo(TextCharacter.DEFAULT_CHARACTER).hasSameHashCodeAs(TextCharacter.DEFAULT_CHARACTER);
        assertThat(CellWidths.same(TextCharacter.DEFAULT_CHARACTER, space)).isTrue();
        TextCharacter styled = TextCharacter.fromString(" ", TextColor.ANSI.RED, TextColor.ANSI.BLUE, SGR.BOLD)[0];
        assertThat(CellWidths.sized(styled)).isEqualTo(styled.withCharacter(' ')).isNotEqualTo(space)
                .isNotEqualTo(TextCharacter.fromString(" ", TextColor.ANSI.RED, TextColor.ANSI.BLUE)[0]);
        assertThat(CellWidths.same(styled, CellWidths.sized(TextCharacter.fromString(" ", TextColor.ANSI.RED,
                TextColor.ANSI.BLUE, SGR.ITALIC)[0]))).isFalse();
    }

    /**
     * Lanterna's delta compares the new frame's cell with the one shown: sized spaces over the plain ones a fresh screen
     * (or a scroll) holds are not sent, and neither are plain ones over sized ones.
     */
    @Test
    void sizedSpacesOverLanternasPlainOnesSendNothing() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.googlecode.lanterna.terminal.ansi.ANSITerminal terminal =
                new com.googlecode.lanterna.terminal.ansi.ANSITerminal(new java.io.ByteArrayInputStream(new byte[0]),
                        out, java.nio.charset.StandardCharsets.UTF_8) {
                    @Override
                    protected com.googlecode.lanterna.TerminalSize findTerminalSize() {
                        return new com.googlecode.lanterna.TerminalSize(10, 2);
                    }
                };
        ScrollSafeScreen screen = new ScrollSafeScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        screen.refresh();
        TextCharacter space = CellWidths.sized(TextCharacter.DEFAULT_CHARACTER);
        for (int c = 0; c < 10; c++) {
            screen.setCharacter(c, 0, space);
            screen.setCharacter(c, 1, space);
        }
        out.reset();
        screen.refresh();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(" ");
        screen.setCharacter(3, 1, CellWidths.sized(TextCharacter.fromCharacter('x')[0]));
        out.reset();
        screen.refresh();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("x").doesNotContain(" ");
    }

    /**
     * Lanterna's screen covers the column after a wide cell with a space made from it: a sized cell gives the same
     * space each time, the one Lanterna would make (a frame of CJK text made one for every character).
     */
    @Test
    void aWideSizedCellCoversTheNextColumnWithOneSpace() {
        TextCharacter cell = TextCharacter.fromString("渠", TextColor.ANSI.GREEN, TextColor.ANSI.DEFAULT, SGR.BOLD)[0];
        TextCharacter sized = CellWidths.sized(cell);
        com.googlecode.lanterna.graphics.BasicTextImage image = new com.googlecode.lanterna.graphics.BasicTextImage(6, 1);
        image.setCharacterAt(0, 0, sized);
        image.setCharacterAt(2, 0, sized);
        image.setCharacterAt(4, 0, sized);

        assertThat(image.getCharacterAt(1, 0)).isSameAs(image.getCharacterAt(3, 0)).isSameAs(image.getCharacterAt(5, 0))
                .isEqualTo(cell.withCharacter(' '));
        assertThat(CellWidths.knowsWidth(image.getCharacterAt(1, 0))).isTrue();
        assertThat(sized.withCharacter('县')).isEqualTo(cell.withCharacter('县'));
        TextCharacter narrow = CellWidths.sized(TextCharacter.fromString("a")[0]);
        assertThat(narrow.withCharacter(' ')).isEqualTo(TextCharacter.fromString("a")[0].withCharacter(' '));
    }

    /** A cell's modifier bits are its modifiers, however it was made, asked once or again; the blanks have none. */
    @Test
    void modifierBitsAreTheCellsModifiers() {
        SGR[] all = SGR.values();
        for (int bits = 0; bits < 1 << all.length; bits++) {
            java.util.EnumSet<SGR> set = java.util.EnumSet.noneOf(SGR.class);
            for (SGR sgr : all) {
                if ((bits & 1 << sgr.ordinal()) != 0) {
                    set.add(sgr);
                }
            }
            TextCharacter plain = TextCharacter.fromString("渠", TextColor.ANSI.RED, TextColor.ANSI.DEFAULT, set)[0];
            TextCharacter sized = CellWidths.sized(plain);
            assertThat(CellWidths.modifierBits(plain)).isEqualTo(bits);
            assertThat(CellWidths.modifierBits(sized)).isEqualTo(bits);
            assertThat(CellWidths.modifierBits(sized)).as("asked again").isEqualTo(bits);
            assertThat(CellWidths.same(plain, sized)).isTrue();
            assertThat(CellWidths.same(plain, CellWidths.sized(plain.withModifier(SGR.BOLD))))
                    .isEqualTo(set.contains(SGR.BOLD));
        }
        assertThat(CellWidths.modifierBits(TextCharacter.DEFAULT_CHARACTER)).isZero();
        assertThat(CellWidths.modifierBits(com.googlecode.lanterna.screen.Screen.DEFAULT_CHARACTER)).isZero();
    }
}
