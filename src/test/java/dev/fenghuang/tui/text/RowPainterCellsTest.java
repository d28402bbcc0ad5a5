package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The painter's cells are Lanterna's own for each code point and style, made once and not again for the next frame. */
class RowPainterCellsTest {
    private static final int WIDTH = 60;
    private final Glyphs glyphs = new Glyphs(ColumnWidth.NARROW_AMBIGUOUS);
    private final Palette palette = Palette.of(false);
    private final StyledLine line = StyledLine.of(new StyledLine.Span("标题：Title ", Style.TITLE),
            new StyledLine.Span("正文 text · 😀 ａｂ", Style.NORMAL), new StyledLine.Span("匹配", Style.MATCH));

    private static List<TextCharacter> row(DefaultVirtualTerminal terminal) {
        List<TextCharacter> cells = new ArrayList<>();
        for (int x = 0; x < WIDTH; ) {
            TextCharacter c = terminal.getCharacter(x, 0);
            cells.add(c);
            x += c.isDoubleWidth() ? 2 : 1;
        }
        return cells;
    }

    /** The cells as made before: Lanterna's cell of each code point, then built whole in the span's look. */
    private List<TextCharacter> expected() {
        List<TextCharacter> cells = new ArrayList<>();
        for (StyledLine.Span span : line.spans()) {
            for (TextCharacter c : Glyphs.cells(glyphs.drawable(TerminalText.clean(span.text())))) {
                cells.add(RowPainter.styled(c, palette.look(span.style())));
            }
        }
        return cells;
    }

    @Test
    void aSecondFrameReusesTheCellsOfTheFirstAndTheyAreLanternasOwn() {
        RowPainter painter = new RowPainter(glyphs, palette);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(WIDTH, 1));
        TextGraphics g = terminal.newTextGraphics();
        painter.paint(g, 0, 0, WIDTH, line, Style.NORMAL);
        List<TextCharacter> first = row(terminal);
        painter.paint(g, 0, 0, WIDTH, line, Style.NORMAL);
        List<TextCharacter> second = row(terminal);

        List<TextCharacter> drawn = first.stream().filter(c -> !c.getCharacterString().equals(" ")).toList();
        assertThat(drawn).containsExactlyElementsOf(expected().stream()
                .filter(c -> !c.getCharacterString().equals(" ")).toList());
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            if (!first.get(i).getCharacterString().equals(" ")) {
                assertThat(second.get(i)).as("cell %d", i).isSameAs(first.get(i));
            }
        }
    }

    @Test
    void pastItsBoundAStyleStillGetsTheRightCells() {
        RowPainter painter = new RowPainter(glyphs, palette);
        for (int cp = 0x4E00; cp < 0x4E00 + RowPainter.CELLS_PER_STYLE + 10; cp++) {
            TextCharacter cell = painter.cell(cp, Style.NORMAL);
            assertThat(cell.getCharacterString()).isEqualTo(Character.toString(cp));
            assertThat(cell.isDoubleWidth()).isTrue();
        }
        assertThat(painter.cell('a', Style.TITLE)).isEqualTo(
                RowPainter.styled(TextCharacter.fromCharacter('a')[0], palette.look(Style.TITLE)));
    }

    /**
     * Each cell knows its width: Lanterna's screen asks every cell set and compared for it, and worked it out with a
     * search of the Unicode blocks every time (about a tenth of a new article's drawing thread).
     */
    @Test
    void thePaintersCellsKnowTheirWidth() {
        RowPainter painter = new RowPainter(glyphs, palette);
        for (int cp : new int[] {'a', '中', '，', 0x1F600}) {
            TextCharacter cell = painter.cell(cp, Style.NORMAL);
            assertThat(dev.fenghuang.tui.screen.CellWidths.sized(cell)).as("U+%04X", cp).isSameAs(cell);
        }
    }

    /**
     * Every cell a painted row leaves on the screen knows its width, the spaces that end the row too: Lanterna asks
     * each cell set (and the one before it) and each cell compared, and a plain space answered by two searches of the
     * Unicode blocks (a tenth of a new article's main thread).
     */
    @Test
    void everyCellOfAPaintedRowKnowsItsWidth() {
        RowPainter painter = new RowPainter(glyphs, palette);
        com.googlecode.lanterna.graphics.BasicTextImage image =
                new com.googlecode.lanterna.graphics.BasicTextImage(30, 1);
        StyledLine line = StyledLine.of("凤凰 news, 新闻 ", Style.NORMAL);
        painter.paint(image.newTextGraphics(), 0, 0, 30, line, Style.NORMAL);
        painter.paint(image.newTextGraphics(), 0, 0, 30, line, Style.NORMAL); // over its own cells
        for (int c = 0; c < 30; c++) {
            assertThat(dev.fenghuang.tui.screen.CellWidths.knowsWidth(image.getCharacterAt(c, 0))).as("column %d", c)
                    .isTrue();
        }
    }

    /** Asked in any order, in any style, on either side of the basic plane, a cell is the one made for it. */
    @Test
    void cellsAskedInAnyOrderAreTheOnesMadeForTheirCodePointAndStyle() {
        RowPainter painter = new RowPainter(glyphs, palette);
        java.util.Random random = new java.util.Random(13);
        Style[] styles = Style.values();
        for (int i = 0; i < 20_000; i++) {
            int cp = random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(0x300) : 0x20 + random.nextInt(0xD000);
            if (Character.isISOControl(cp)) {
                continue;
            }
            Style style = styles[random.nextInt(styles.length)];
            TextCharacter cell = painter.cell(cp, style);
            assertThat(cell).as("U+%04X %s", cp, style).isEqualTo(
                    RowPainter.styled(TextCharacter.fromString(Character.toString(cp))[0], palette.look(style)));
            assertThat(painter.cell(cp, style)).isSameAs(cell);
        }
    }

    /**
     * What the painter keeps grows with the cells made, not with how far apart their code points are: pages of 256
     * code points were 1 KB each for the three or four Chinese characters one held (issue 13).
     */
    @Test
    void cellsOfScatteredCharactersCostLittleBeyondTheCellsThemselves() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        RowPainter painter = new RowPainter(glyphs, palette);
        painter.cell('a', Style.NORMAL);
        long before = threads.getThreadAllocatedBytes(id);
        for (int cp = 0x3400; cp < 0xA000; cp += 256) {
            RowPainter.styled(TextCharacter.fromString(Character.toString(cp))[0], palette.look(Style.NORMAL));
        }
        long cellsAlone = threads.getThreadAllocatedBytes(id) - before;
        before = threads.getThreadAllocatedBytes(id);
        for (int cp = 0x3400; cp < 0xA000; cp += 256) {
            painter.cell(cp, Style.NORMAL);
        }
        long kept = threads.getThreadAllocatedBytes(id) - before;
        assertThat(kept - cellsAlone).isLessThan(16 * 1024);
    }

    /**
     * The cell of a character not drawn before is made with one of Lanterna's grapheme checks, not five (two cells
     * made by {@code fromString}, each split and checked, then copied): an article's first frame makes hundreds.
     * Counted in bytes allocated, most of which those checks are.
     */
    @Test
    void aNewCharactersCellCostsLessThanHalfOfMakingItThroughLanterna() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        RowPainter painter = new RowPainter(glyphs, palette);
        painter.cell('a', Style.TITLE);
        RowPainter.styled(TextCharacter.fromString("b")[0], palette.look(Style.TITLE));
        long before = threads.getThreadAllocatedBytes(id);
        for (int cp = 0x4E00; cp < 0x4E00 + 500; cp++) {
            RowPainter.styled(TextCharacter.fromString(Character.toString(cp))[0], palette.look(Style.TITLE));
        }
        long throughLanterna = threads.getThreadAllocatedBytes(id) - before;
        before = threads.getThreadAllocatedBytes(id);
        for (int cp = 0x5E00; cp < 0x5E00 + 500; cp++) {
            painter.cell(cp, Style.TITLE);
        }
        long painted = threads.getThreadAllocatedBytes(id) - before;
        assertThat(painted).isLessThan(throughLanterna / 2);
    }
}
