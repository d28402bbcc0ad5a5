package dev.fenghuang.tui;

import dev.fenghuang.tui.image.ImageOptions;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.image.ImageStyle;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article images in the reader, on the demo portal's aid 4 (one image after its first paragraph). */
class ArticlePicturesTest {
    static final long AID = 4;

    @TempDir
    static Path home;
    static PortalReader reader;

    @BeforeAll
    static void open() {
        reader = DemoReader.open(home);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    private static TuiOptions options(ImageStyle style, long articleBytes) {
        return TuiOptions.defaults().withLanguage("zh").withOpenAid(AID)
                .withImages(new ImageOptions(style, Duration.ofSeconds(5), articleBytes));
    }

    private static ScreenTester article(PortalReader r, ImageStyle style, long bytes) throws Exception {
        return new ScreenTester(r, options(style, bytes), 80, 24);
    }

    /** Rows of the screen holding half blocks, after scrolling until some show (or the end). */
    private static List<Integer> pictureRows(ScreenTester t) throws Exception {
        for (int i = 0; i < 60; i++) {
            List<Integer> rows = new ArrayList<>();
            for (int r = 1; r < 23; r++) {
                if (t.row(r).contains("▀")) {
                    rows.add(r);
                }
            }
            if (rows.size() >= 3) {
                return rows;
            }
            t.press("j");
        }
        return List.of();
    }

    @Test
    void drawsTheImageInHalfBlocksIn256ColoursAboveItsCaption() throws Exception {
        try (ScreenTester t = article(reader, ImageStyle.PALETTE_256, 8 << 20)) {
            List<Integer> rows = pictureRows(t);

            assertThat(rows).hasSizeGreaterThan(5);
            Set<TextColor> colours = new HashSet<>();
            int r = rows.get(2);
            for (int c = 0; c < 80; c++) {
                TextCharacter cell = t.terminal.getCharacter(c, r);
                if (cell.getCharacterString().equals("▀")) {
                    assertThat(cell.getForegroundColor()).isInstanceOf(TextColor.Indexed.class);
                    colours.add(cell.getForegroundColor());
                    colours.add(cell.getBackgroundColor());
                }
            }
            assertThat(colours).hasSizeGreaterThan(2);
            t.press("Space");
            assertThat(t.text()).containsPattern("\\[图 \\d\\]");
            assertThat(t.rows()).allSatisfy(row -> assertThat(ColumnWidth.NARROW_AMBIGUOUS.of(row))
                    .isLessThanOrEqualTo(80));
        }
    }

    @Test
    void drawsInk24BitOrMonochromeAsTheStyleSays() throws Exception {
        try (ScreenTester t = article(reader, ImageStyle.TRUE_COLOUR, 8 << 20)) {
            int r = pictureRows(t).get(1);
            TextCharacter cell = t.terminal.getCharacter(10, r);
            assertThat(cell.getForegroundColor()).isInstanceOf(TextColor.RGB.class);
        }
        try (ScreenTester t = article(reader, ImageStyle.MONOCHROME, 8 << 20)) {
            t.press("G");
            String all = String.join("\n", scrollAll(t));
            assertThat(all).containsAnyOf("█", "▀", "▄");
            for (int r = 0; r < 24; r++) {
                for (int c = 0; c < 80; c++) {
                    TextCharacter cell = t.terminal.getCharacter(c, r);
                    if ("▀▄█".contains(cell.getCharacterString())) {
                        assertThat(cell.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                    }
                }
            }
        }
    }

    private static List<String> scrollAll(ScreenTester t) throws Exception {
        List<String> seen = new ArrayList<>();
        t.press("g");
        for (int i = 0; i < 40; i++) {
            seen.addAll(t.rows());
            t.press("j");
        }
        return seen;
    }

    @Test
    void showsOnlyAPlaceholderWithTheReferenceNumberWhenImagesAreOff() throws Exception {
        try (ScreenTester t = article(reader, ImageStyle.NONE, 8 << 20)) {
            List<String> seen = scrollAll(t);

            assertThat(seen).anyMatch(row -> row.matches("\\s+\\[图 \\d\\]"));
            assertThat(seen).noneMatch(row -> row.contains("▀"));
            t.press("i");
            assertThat(t.status()).contains("图片已关闭");
        }
    }

    @Test
    void leavesImagesPastTheArticlesByteBudgetAsPlaceholdersUntilAskedFor() throws Exception {
        try (PortalReader fresh = DemoReader.open(home.resolve("budget"));
             ScreenTester t = article(fresh, ImageStyle.PALETTE_256, 0)) {
            List<String> seen = scrollAll(t);
            String placeholder = seen.stream().filter(row -> row.contains("[图 ")).findFirst().orElseThrow();
            assertThat(placeholder).contains("未载入，网络慢：按").contains(" i 显示");
            assertThat(seen).noneMatch(row -> row.contains("▀"));
            String n = placeholder.replaceAll(".*\\[图 (\\d+)\\].*", "$1");

            t.press(n, "i", "g");

            assertThat(pictureRows(t)).isNotEmpty();
        }
    }

    @Test
    void leavesAnImageSlowerThanItsTimeBudgetAsAPlaceholderUntilAskedFor() throws Exception {
        try (PortalSession slow = DemoReader.withFault(home.resolve("slow"), "slow");
             ScreenTester t = new ScreenTester(slow.reader(), TuiOptions.defaults().withLanguage("zh")
                     .withOpenAid(AID).withImages(new ImageOptions(ImageStyle.PALETTE_256, Duration.ofMillis(300),
                             8 << 20)), 80, 24)) {
            List<String> seen = scrollAll(t);
            assertThat(seen).anyMatch(row -> row.contains("[图 1]  (未载入，网络慢：按 1 i 显示)"));
            assertThat(seen).noneMatch(row -> row.contains("▀"));

            t.press("1", "i", "g");

            assertThat(pictureRows(t)).isNotEmpty();
        }
    }

    @Test
    void turnsAHostileImageIntoAPlaceholderAndKeepsReading() throws Exception {
        try (PortalSession hostile = DemoReader.withFault(home.resolve("hostile"), "hostile-image");
             ScreenTester t = article(hostile.reader(), ImageStyle.PALETTE_256, 8 << 20)) {
            List<String> seen = scrollAll(t);

            assertThat(seen).anyMatch(row -> row.contains("[图 ") && row.contains("未显示：图片损坏或超出大小限制"));
            assertThat(seen).noneMatch(row -> row.contains("▀"));
            assertThat(t.status()).doesNotContain("错误");
        }
    }

    /** Counts what is written, and throws it away. */
    static final class ByteCounter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void scrollingOneLineOverAPictureSendsOneNewRowNotTheWholePicture() throws Exception {
        for (ImageStyle style : new ImageStyle[] {ImageStyle.PALETTE_256, ImageStyle.TRUE_COLOUR}) {
            long[] figures = scrollBytes(style);
            long median = figures[0];
            long max = figures[1];
            long whole = figures[2];
            System.out.printf("BENCH one-line scroll over a %s picture 80x24: median %d B, max %d B; "
                    + "whole screen %d B%n", style, median, max, whole);
            assertThat(max).as(style.name()).isLessThan(whole / 3);
            assertThat(median).as(style.name()).isLessThanOrEqualTo(2560);
        }
    }

    /** Median and largest bytes of 24 one-line scrolls from the top of aid 4, and of one whole-screen repaint. */
    private static long[] scrollBytes(ImageStyle style) throws Exception {
        ByteCounter out = new ByteCounter();
        TerminalSize size = new TerminalSize(80, 24);
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), new TerminalOutput(out),
                StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return size;
            }
        };
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, reader, options(style, 8 << 20),
                new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                        new Clipboard(OutputStream.nullOutputStream())));
        loop.start();
        loop.settle();
        long[] lines = new long[24];
        for (int i = 0; i < lines.length; i++) {
            long before = out.bytes;
            loop.press(ScreenTester.stroke("j"));
            loop.settle();
            lines[i] = out.bytes - before;
        }
        long before = out.bytes;
        screen.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
        long whole = out.bytes - before;
        screen.stopScreen();
        Arrays.sort(lines);
        return new long[] {lines[lines.length / 2], lines[lines.length - 1], whole};
    }
}
