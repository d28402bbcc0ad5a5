package dev.fenghuang.tui;

import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A frame that writes over half of a wide character the terminal shows: the terminal clears the other half to
 * plain attributes, so that cell must be drawn again, or it keeps a colour the frame did not draw.
 */
class WideCellHoleTest {
    private static final int COLUMNS = 20;

    /** Decodes what an ANSI terminal is sent into the background of each cell of a screen. */
    static final class CellGrid {
        final String[][] text;
        final String[][] background;
        final boolean[][] leftHalf;
        final boolean[][] rightHalf;
        private int row;
        private int col;
        private String bg = "";

        CellGrid(int columns, int rows) {
            text = new String[rows][columns];
            background = new String[rows][columns];
            leftHalf = new boolean[rows][columns];
            rightHalf = new boolean[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    clear(r, c);
                }
            }
        }

        private void clear(int r, int c) {
            text[r][c] = " ";
            background[r][c] = "";
            leftHalf[r][c] = false;
            rightHalf[r][c] = false;
        }

        /** Writing over either half of a wide character clears its other half to plain attributes. */
        private void breakWide(int r, int c) {
            if (rightHalf[r][c] && c > 0) {
                clear(r, c - 1);
            }
            if (leftHalf[r][c] && c + 1 < text[r].length) {
                clear(r, c + 1);
            }
        }

        void feed(String sent) {
            int i = 0;
            while (i < sent.length()) {
                char ch = sent.charAt(i);
                if (ch == 0x1B && i + 1 < sent.length() && sent.charAt(i + 1) == '[') {
                    int end = i + 2;
                    while (end < sent.length() && (sent.charAt(end) < 0x40 || sent.charAt(end) > 0x7E)) {
                        end++;
                    }
                    csi(sent.substring(i + 2, end), sent.charAt(end));
                    i = end + 1;
                    continue;
                }
                int cp = sent.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x20) {
                    continue;
                }
                put(cp);
            }
        }

        private void put(int cp) {
            boolean wide = ColumnWidth.NARROW_AMBIGUOUS.of(cp) == 2;
            if (col >= text[row].length) {
                return;
            }
            breakWide(row, col);
            if (wide && col + 1 < text[row].length) {
                breakWide(row, col + 1);
            }
            clear(row, col);
            text[row][col] = new String(Character.toChars(cp));
            background[row][col] = bg;
            if (wide && col + 1 < text[row].length) {
                clear(row, col + 1);
                text[row][col + 1] = "";
                background[row][col + 1] = bg;
                leftHalf[row][col] = true;
                rightHalf[row][col + 1] = true;
                col += 2;
            } else {
                col++;
            }
        }

        private void csi(String params, char command) {
            if (params.startsWith("?")) {
                return;
            }
            String[] p = params.isEmpty() ? new String[0] : params.split(";");
            if (command == 'H') {
                row = p.length > 0 ? Integer.parseInt(p[0]) - 1 : 0;
                col = p.length > 1 ? Integer.parseInt(p[1]) - 1 : 0;
            } else if (command == 'm') {
                for (String s : p.length == 0 ? new String[] {"0"} : p) {
                    int code = Integer.parseInt(s);
                    if (code == 0 || code == 49) {
                        bg = "";
                    } else if (code >= 40 && code <= 47) {
                        bg = "bg" + code;
                    }
                }
            } else if (command == 'J') {
                for (int r = 0; r < text.length; r++) {
                    for (int c = 0; c < text[r].length; c++) {
                        clear(r, c);
                    }
                }
            }
        }
    }

    private static void status(TerminalScreen screen, String text) {
        TextGraphics g = screen.newTextGraphics();
        g.setForegroundColor(TextColor.ANSI.WHITE);
        g.setBackgroundColor(TextColor.ANSI.BLUE);
        g.putString(0, 1, " ".repeat(COLUMNS));
        g.putString(0, 1, text);
    }

    @Test
    void aWideCharacterHalfOverwrittenLeavesNoHoleInTheStatusBar() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalSize size = new TerminalSize(COLUMNS, 2);
        ANSITerminal ansi = new ANSITerminal(new ByteArrayInputStream(new byte[0]), bytes, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return size;
            }
        };
        TerminalScreen screen = new ScrollSafeScreen(ansi);
        screen.startScreen();
        screen.setCursorPosition(null);
        status(screen, "第 2 处，共 16 处");
        screen.refresh();
        status(screen, "?:帮助 q:返回");
        screen.refresh();
        status(screen, "?:帮助 q:返回");
        screen.refresh();

        CellGrid grid = new CellGrid(COLUMNS, 2);
        grid.feed(bytes.toString(StandardCharsets.UTF_8));
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < COLUMNS; c++) {
            row.append(grid.background[1][c].isEmpty() ? '_' : '#');
        }
        assertThat(row.toString()).as("cells with the status bar's blue (#) or plain (_)")
                .isEqualTo("#".repeat(COLUMNS));
        assertThat(String.join("", grid.text[1])).startsWith("?:帮助 q:返回");
    }
}
