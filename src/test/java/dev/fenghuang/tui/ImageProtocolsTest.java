package dev.fenghuang.tui;

import dev.fenghuang.tui.image.ImageOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.tui.image.GraphicsProtocol;
import dev.fenghuang.tui.image.ImageStyle;
import dev.fenghuang.tui.image.ReplayInputStream;
import dev.fenghuang.tui.image.TerminalGraphics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aid 4's picture drawn as a kitty or sixel image over its half blocks, after each frame that moved it. */
class ImageProtocolsTest {
    private static final Pattern PLACE = Pattern.compile("\u001B\\[(\\d+);(\\d+)H\u001B_Ga=p,i=(\\d+),c=(\\d+),r=(\\d+)");

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

    private static ScreenTester article(GraphicsProtocol protocol) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(ArticlePicturesTest.AID)
                .withImages(new ImageOptions(ImageStyle.PALETTE_256, Duration.ofSeconds(5), 8 << 20,
                        TerminalGraphics.of(protocol))), 80, 24);
    }

    private static String sent(ScreenTester t) {
        String s = t.clipboard.toString(StandardCharsets.ISO_8859_1);
        t.clipboard.reset();
        return s;
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    /** Scrolls down until a frame places the picture; returns those bytes. */
    private static String scrollUntil(ScreenTester t, String part) throws Exception {
        String s = sent(t);
        for (int i = 0; i < 40 && !s.contains(part); i++) {
            t.press("j");
            s = sent(t);
        }
        return s;
    }

    @Test
    void sendsThePictureOnceAndOnAOneLineScrollOnlyPlacesItAgainOneRowHigher() throws Exception {
        try (ScreenTester t = article(GraphicsProtocol.KITTY)) {
            String first = scrollUntil(t, "a=p,");
            assertThat(count(first, "a=t,f=100,")).isEqualTo(1);
            assertThat(count(first, "a=p,")).isEqualTo(1);
            Matcher at = PLACE.matcher(first);
            assertThat(at.find()).isTrue();
            int row = Integer.parseInt(at.group(1)) - 1;
            int rows = Integer.parseInt(at.group(5));
            int column = Integer.parseInt(at.group(2)) - 1;
            int columns = Integer.parseInt(at.group(4));
            assertThat(t.row(row).charAt(column - 1)).isEqualTo(' ');
            assertThat(t.row(row).substring(column, column + columns)).matches("▀+");
            assertThat(t.row(row + rows - 1).substring(column, column + columns)).matches("▀+");
            assertThat(t.row(row - 1)).doesNotContain("▀");
            assertThat(t.row(row + rows)).doesNotContain("▀");

            t.press("j");
            String scroll = sent(t);

            assertThat(row).as("placed first below the body's top row").isGreaterThan(1);
            {
                assertThat(count(scroll, "a=t,")).isZero();
                assertThat(count(scroll, "a=d,d=a")).isEqualTo(1);
                Matcher moved = PLACE.matcher(scroll);
                assertThat(moved.find()).isTrue();
                assertThat(Integer.parseInt(moved.group(1)) - 1).isEqualTo(row - 1);
                assertThat(moved.group(3)).isEqualTo(at.group(3));
                System.out.printf("BENCH one-line scroll over a kitty-placed picture 80x24: %d B after the frame%n",
                        scroll.length());
                assertThat(scroll.length()).isLessThan(120);
            }
            String off = sent(t);
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 40 && !(off.contains("a=d,d=a") && !off.contains("a=p,")); i++) {
                t.press("j");
                off = sent(t);
                all.append(off);
            }
            assertThat(off).as("the frame where the picture goes partly off").isEqualTo("\u001B_Ga=d,d=a,q=2\u001B\\");
            assertThat(all.toString()).doesNotContain("a=t,");
            boolean blocks = false;
            for (int r = 1; r < 23; r++) {
                blocks |= t.row(r).contains("▀");
            }
            assertThat(blocks).as("half blocks of the partly shown picture").isTrue();
        }
    }

    @Test
    void aStillFrameSendsNoImageBytes() throws Exception {
        try (ScreenTester t = article(GraphicsProtocol.KITTY)) {
            scrollUntil(t, "a=p,");

            t.press("?");
            String help = sent(t);
            t.press("Escape");
            String back = sent(t);

            assertThat(help).isEqualTo("\u001B_Ga=d,d=a,q=2\u001B\\");
            assertThat(back).contains("a=p,").doesNotContain("a=t,");
        }
    }

    @Test
    void takesTheImagesOffTheTerminalOnQuit() throws Exception {
        try (ScreenTester t = article(GraphicsProtocol.KITTY)) {
            scrollUntil(t, "a=p,");

            t.press("Q");

            assertThat(t.loop.running()).isFalse();
            assertThat(sent(t)).isEqualTo("\u001B_Ga=d,d=A,q=2\u001B\\");
        }
    }

    @Test
    void halfBlocksAloneWriteNothingAfterTheFrame() throws Exception {
        try (ScreenTester t = article(GraphicsProtocol.BLOCKS)) {
            for (int i = 0; i < 20; i++) {
                t.press("j");
            }
            assertThat(t.clipboard.size()).isZero();
        }
    }

    @Test
    void drawsASixelImageAtTheTopLeftOfTheWholePicture() throws Exception {
        try (ScreenTester t = article(GraphicsProtocol.SIXEL)) {
            String first = scrollUntil(t, "\u001BP0;1;0q");
            Matcher m = Pattern.compile("\u001B\\[(\\d+);(\\d+)H\u001BP0;1;0q\"1;1;(\\d+);(\\d+)").matcher(first);
            assertThat(m.find()).isTrue();
            int row = Integer.parseInt(m.group(1)) - 1;
            int column = Integer.parseInt(m.group(2)) - 1;
            assertThat(t.row(row).charAt(column)).isEqualTo('▀');
            assertThat(t.row(row - 1)).doesNotContain("▀");
            assertThat(Integer.parseInt(m.group(4)) % 20).isZero();
            assertThat(Integer.parseInt(m.group(3)) % 10).isZero();

            t.press("?");
            assertThat(sent(t)).isEmpty();
        }
    }

    private static ImageOptions images(Path config, String value, boolean noImages) throws Exception {
        Path dir = config.resolve(".config/fenghuang");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fenghuang.properties"), "tui.images = " + value + "\n");
        return TuiOptions.from(Settings.load(XdgDirs.from(Map.of(), config.toString())), null, "en", Map.of(),
                noImages).images();
    }

    @Test
    void readsTheProtocolFromTuiImages(@TempDir Path config) throws Exception {
        assertThat(images(config, "kitty", false).graphics().protocol()).isEqualTo(GraphicsProtocol.KITTY);
        assertThat(images(config, "Sixel", false).graphics().protocol()).isEqualTo(GraphicsProtocol.SIXEL);
        assertThat(images(config, "blocks", false).graphics().protocol()).isEqualTo(GraphicsProtocol.BLOCKS);
        assertThat(images(config, "auto", false).graphics().protocol()).isEqualTo(GraphicsProtocol.AUTO);
        assertThat(images(config, "true", false).graphics().protocol()).isEqualTo(GraphicsProtocol.AUTO);
        assertThat(images(config, "kitty", true).style()).isEqualTo(ImageStyle.NONE);
        assertThat(images(config, "off", false).style()).isEqualTo(ImageStyle.NONE);
        assertThat(images(config, "false", false).style()).isEqualTo(ImageStyle.NONE);
    }

    @Test
    void asksNothingInsideTmuxEvenOfAKittyTermAndTakesHalfBlocks() throws Exception {
        ImageOptions auto = new ImageOptions(ImageStyle.PALETTE_256, Duration.ofSeconds(3), 8 << 20,
                TerminalGraphics.AUTO);
        for (Map<String, String> env : new Map[] {Map.of("TMUX", "/tmp/tmux-1/default,1,0", "TERM", "xterm-kitty"),
                Map.of("TERM", "screen-256color"), Map.of("TERM", "tmux-256color")}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            TerminalGraphics g = Tui.graphics(auto, out, new ReplayInputStream(new ByteArrayInputStream(new byte[0])),
                    env);

            assertThat(g.protocol()).as(env.toString()).isEqualTo(GraphicsProtocol.BLOCKS);
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void asksAKittyTerminalAndGivesTypedKeysBack() throws Exception {
        ImageOptions auto = new ImageOptions(ImageStyle.TRUE_COLOUR, Duration.ofSeconds(3), 8 << 20,
                TerminalGraphics.AUTO);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream(
                "j\u001B_Gi=31;OK\u001B\\\u001B[?62;4;22cq".getBytes(StandardCharsets.US_ASCII)));

        TerminalGraphics g = Tui.graphics(auto, out, in, Map.of("TERM", "xterm-kitty"));

        assertThat(g.protocol()).isEqualTo(GraphicsProtocol.KITTY);
        assertThat(out.toString(StandardCharsets.US_ASCII)).endsWith("\u001B[c");
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("jq");
    }
}
