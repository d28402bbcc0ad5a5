package dev.fenghuang.tui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The screen sends what Lanterna's own sends for every frame, and asks a cell it writes for its modifiers once where
 * Lanterna's asks up to eighteen times (each answer a copy of the cell's set).
 */
class DeltaScreenTest {
    private static final String TEXTS = "ab c渠县美食，é·×…";
    private static final TextColor[] COLOURS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.BLUE, TextColor.ANSI.WHITE,
        new TextColor.Indexed(130), new TextColor.RGB(10, 200, 30)};

    /** An ANSI terminal writing to bytes, of a size the test sets. */
    private static final class BytesTerminal extends ANSITerminal {
        final ByteArrayOutputStream out;
        TerminalSize size;

        BytesTerminal(ByteArrayOutputStream out, TerminalSize size) throws IOException {
            super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
            this.out = out;
            this.size = size;
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return size;
        }

        /** What was sent since the last call. */
        String sent() throws IOException {
            flush();
            String sent = out.toString(StandardCharsets.UTF_8).replace("\u001B", "␛");
            out.reset();
            return sent;
        }
    }

    /** A cell that counts the copies of its modifier set it hands out. */
    private static final class CountingCell extends TextCharacter {
        private static final long serialVersionUID = 1L;
        static int asked;

        @SuppressWarnings("deprecation")
        CountingCell(char c, TextColor background, EnumSet<SGR> modifiers) {
            super(c, TextColor.ANSI.DEFAULT, background, modifiers);
        }

        @Override
        public EnumSet<SGR> getModifiers() {
            asked++;
            return super.getModifiers();
        }
    }

    private static TextCharacter randomCell(Random random) {
        int i = random.nextInt(TEXTS.length());
        EnumSet<SGR> modifiers = EnumSet.noneOf(SGR.class);
        for (SGR sgr : SGR.values()) {
            if (random.nextInt(6) == 0) {
                modifiers.add(sgr);
            }
        }
        TextCharacter cell = TextCharacter.fromString(TEXTS.substring(i, i + 1),
                COLOURS[random.nextInt(COLOURS.length)], COLOURS[random.nextInt(COLOURS.length)], modifiers)[0];
        return switch (random.nextInt(4)) {
            case 0 -> CellWidths.sized(cell);
            case 1 -> Screen.DEFAULT_CHARACTER;
            default -> cell;
        };
    }

    /** Does one random thing a reader does to a screen: cells, scrolls, clears, the cursor, a resize, a refresh. */
    private static void act(Random random, Screen screen, BytesTerminal terminal) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> {
                int row = random.nextInt(size.getRows());
                int from = random.nextInt(size.getColumns());
                for (int c = from; c < Math.min(size.getColumns(), from + random.nextInt(30)); c++) {
                    screen.setCharacter(c, row, randomCell(random));
                }
            }
            case 3 -> {
                int first = random.nextInt(size.getRows());
                int last = random.nextInt(4) == 0 ? first + random.nextInt(size.getRows() - first) : size.getRows() - 2;
                screen.scrollLines(first, Math.max(first, last), random.nextInt(5) - 2);
            }
            case 4 -> {
                if (random.nextInt(5) == 0) {
                    screen.clear();
                } else {
                    screen.setCursorPosition(random.nextInt(3) == 0 ? null
                            : new TerminalPosition(random.nextInt(size.getColumns()), random.nextInt(size.getRows())));
                }
            }
            case 5 -> {
                if (random.nextInt(2) == 0) { // most of the screen anew, around where Lanterna draws it all
                    int cells = size.getRows() * size.getColumns() * (60 + random.nextInt(30)) / 100;
                    for (int i = 0; i < cells; i++) {
                        screen.setCharacter(i % size.getColumns(), i / size.getColumns(), randomCell(random));
                    }
                } else if (random.nextInt(4) == 0) {
                    terminal.size = new TerminalSize(20 + random.nextInt(30), 4 + random.nextInt(8));
                    terminal.getTerminalSize(); // tells the screen, which resizes at its next question
                    screen.doResizeIfNecessary();
                    screen.setCursorPosition(null); // Lanterna's own fails on a cursor left outside
                }
            }
            default -> screen.refresh(Screen.RefreshType.values()[random.nextInt(Screen.RefreshType.values().length)]);
        }
    }

    @Test
    void everyFrameSendsWhatLanternasScreenSends() throws Exception {
        for (long seed = 0; seed < 25; seed++) {
            BytesTerminal lanterna = new BytesTerminal(new ByteArrayOutputStream(), new TerminalSize(40, 10));
            BytesTerminal ours = new BytesTerminal(new ByteArrayOutputStream(), new TerminalSize(40, 10));
            TerminalScreen lanternaScreen = new TerminalScreen(lanterna);
            DeltaScreen ourScreen = new DeltaScreen(ours);
            Random forLanterna = new Random(seed);
            Random forOurs = new Random(seed);
            lanternaScreen.refresh(); // not started: nothing
            ourScreen.refresh();
            for (int step = 0; step < 300; step++) {
                if (step % 100 == 0) {
                    lanternaScreen.startScreen();
                    ourScreen.startScreen();
                }
                act(forLanterna, lanternaScreen, lanterna);
                act(forOurs, ourScreen, ours);
                assertThat(ours.sent()).as("seed %d, step %d", seed, step).isEqualTo(lanterna.sent());
                if (step % 100 == 99) {
                    lanternaScreen.stopScreen(false);
                    ourScreen.stopScreen(false);
                }
            }
        }
    }

    @Test
    void theReadersScreenAsksEachCellItWritesForItsModifiersOnce() throws Exception {
        BytesTerminal terminal = new BytesTerminal(new ByteArrayOutputStream(), new TerminalSize(40, 10));
        ScrollSafeScreen screen = new ScrollSafeScreen(terminal);
        screen.startScreen();
        CountingCell.asked = 0;
        int written = 0;
        for (int frame = 0; frame < 3; frame++) {
            EnumSet<SGR> modifiers = frame == 1 ? EnumSet.of(SGR.BOLD, SGR.UNDERLINE) : EnumSet.of(SGR.REVERSE);
            int rows = frame == 2 ? 3 : 10; // the last frame a delta of three rows
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < 40; c++) {
                    TextColor background = c < 20 ? TextColor.ANSI.BLUE : TextColor.ANSI.DEFAULT;
                    screen.setCharacter(c, r, new CountingCell((char) ('a' + (frame + c) % 26), background, modifiers));
                    written++;
                }
            }
            screen.refresh();
        }
        assertThat(terminal.sent()).contains("␛[1m", "␛[4m", "␛[7m", "abcdefghijklmnopqrst");
        assertThat(CountingCell.asked).as("modifier sets copied for %d cells written", written)
                .isPositive().isLessThanOrEqualTo(written);
    }
}
