package dev.fenghuang.tui;

import dev.fenghuang.tui.image.ImageOptions;
import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.tui.write.CaptchaLayer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.tui.image.GraphicsProtocol;
import dev.fenghuang.tui.image.ImageStyle;
import dev.fenghuang.tui.image.TerminalGraphics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in form's captcha drawn as a kitty or sixel image inside its box where the terminal has one, in half blocks
 * otherwise (also with images off: signing in needs it), and taken off when the box closes or the captcha changes.
 */
class CaptchaPicturesTest {
    private static final String DELETE_PLACEMENTS = "\u001B_Ga=d,d=a,q=2\u001B\\";
    private static final Pattern KITTY_PLACE =
            Pattern.compile("\u001B\\[(\\d+);(\\d+)H\u001B_Ga=p,i=(\\d+),c=(\\d+),r=(\\d+)");
    private static final Pattern SIXEL_AT = Pattern.compile("\u001B\\[(\\d+);(\\d+)H\u001BP0;1;0q\"1;1;(\\d+);(\\d+)");
    private static final Pattern BOX_ROW = Pattern.compile("[▀▄█ ]+");

    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = DemoSession.open(home, DemoOptions.builder().captcha(true).build());
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester reader(long aid, ImageOptions images) throws Exception {
        return reader(aid, images, 24);
    }

    private ScreenTester reader(long aid, ImageOptions images, int rows) throws Exception {
        return new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(aid)
                .withImages(images), 80, rows, new ExternalEditor("false"));
    }

    private static ImageOptions graphics(GraphicsProtocol protocol) {
        return new ImageOptions(ImageStyle.PALETTE_256, Duration.ofSeconds(5), 8 << 20, TerminalGraphics.of(protocol));
    }

    private static String sent(ScreenTester t) {
        String s = t.clipboard.toString(StandardCharsets.ISO_8859_1);
        t.clipboard.reset();
        return s;
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    /** The rows of the screen that hold the captcha's half blocks, as shown in the sign-in box. */
    private static int captchaRows(ScreenTester t) {
        int rows = 0;
        int height = t.rows().size();
        for (int r = 1; r < height - 1; r++) {
            String row = t.row(r);
            rows += row.contains("▀") || row.contains("▄") || row.contains("█") ? 1 : 0;
        }
        return rows;
    }

    /** {@code columns} cells of screen row {@code r} from {@code column}, blanks included. */
    private static String cells(ScreenTester t, int r, int column, int columns) {
        String row = t.row(r) + " ".repeat(columns + column);
        return row.substring(column, column + columns);
    }

    @Test
    void placesTheCaptchaAsAKittyImageOverItsHalfBlocksInsideTheBox() throws Exception {
        try (ScreenTester t = reader(1, graphics(GraphicsProtocol.KITTY))) {
            sent(t);

            t.press("L");
            String open = sent(t);

            assertThat(count(open, "a=t,f=100,")).isEqualTo(1);
            Matcher at = KITTY_PLACE.matcher(open);
            assertThat(at.find()).as("a placement in %s", open.length() > 200 ? open.substring(0, 200) : open)
                    .isTrue();
            assertThat(at.find()).as("one placement only").isFalse();
            at.reset().find();
            int row = Integer.parseInt(at.group(1)) - 1;
            int column = Integer.parseInt(at.group(2)) - 1;
            int columns = Integer.parseInt(at.group(4));
            int rows = Integer.parseInt(at.group(5));
            assertThat(rows).isEqualTo(captchaRows(t));
            for (int r = row; r < row + rows; r++) {
                assertThat(cells(t, r, column, columns)).matches(BOX_ROW);
            }
            assertThat(t.row(row - 1)).doesNotContain("▀").doesNotContain("▄").doesNotContain("█");
            assertThat(t.row(row + rows)).contains("验证码");
            System.out.printf("BENCH captcha frame with kitty graphics 80x24: %d B after the frame%n", open.length());

            t.write("ab");
            assertThat(sent(t)).as("typing the answer sends no image bytes").isEmpty();

            t.press("Escape");
            assertThat(sent(t)).isEqualTo(DELETE_PLACEMENTS);
        }
    }

    @Test
    void sendsTheNewCaptchaWhenTheSiteRefusesTheAnswer() throws Exception {
        try (ScreenTester t = reader(1, graphics(GraphicsProtocol.KITTY))) {
            t.press("L");
            String first = sent(t);
            Matcher at = KITTY_PLACE.matcher(first);
            assertThat(at.find()).isTrue();

            t.write("reader1").press("Tab").write("reader123").press("Tab", "Tab").write("0000").press("Enter");
            String again = sent(t);

            assertThat(t.loop.layers().isEmpty()).isFalse();
            assertThat(again).startsWith(DELETE_PLACEMENTS);
            assertThat(count(again, "a=t,f=100,")).isEqualTo(1);
            Matcher moved = KITTY_PLACE.matcher(again);
            assertThat(moved.find()).isTrue();
            assertThat(moved.group(3)).isNotEqualTo(at.group(3));
        }
    }

    @Test
    void keepsTheArticlesPictureOffTheBoxAndPlacesOnlyTheCaptcha() throws Exception {
        try (ScreenTester t = reader(ArticlePicturesTest.AID, graphics(GraphicsProtocol.KITTY))) {
            String s = sent(t);
            for (int i = 0; i < 40 && !s.contains("a=p,"); i++) {
                t.press("j");
                s = sent(t);
            }
            Matcher article = KITTY_PLACE.matcher(s);
            assertThat(article.find()).isTrue();

            t.press("L");
            String open = sent(t);

            assertThat(open).startsWith(DELETE_PLACEMENTS);
            Matcher placed = KITTY_PLACE.matcher(open);
            assertThat(placed.find()).isTrue();
            assertThat(placed.group(3)).as("the captcha's image, not the article's").isNotEqualTo(article.group(3));
            assertThat(placed.find()).isFalse();

            t.press("Escape");
            String back = sent(t);
            assertThat(back).startsWith(DELETE_PLACEMENTS).contains("i=" + article.group(3) + ",")
                    .doesNotContain("a=t,");
        }
    }

    @Test
    void drawsTheCaptchaAsASixelImageAtTheTopLeftOfItsHalfBlocks() throws Exception {
        try (ScreenTester t = reader(1, graphics(GraphicsProtocol.SIXEL))) {
            sent(t);

            t.press("L");
            String open = sent(t);

            Matcher m = SIXEL_AT.matcher(open);
            assertThat(m.find()).isTrue();
            int row = Integer.parseInt(m.group(1)) - 1;
            int column = Integer.parseInt(m.group(2)) - 1;
            int rows = Integer.parseInt(m.group(4)) / 20;
            int columns = Integer.parseInt(m.group(3)) / 10;
            assertThat(rows).isEqualTo(captchaRows(t));
            for (int r = row; r < row + rows; r++) {
                assertThat(cells(t, r, column, columns)).matches(BOX_ROW);
            }
            assertThat(t.row(row + rows)).contains("验证码");
            System.out.printf("BENCH captcha frame with sixel 80x24: %d B after the frame%n", open.length());

            t.press("Escape");
            assertThat(sent(t)).as("the box's cells rewritten wipe the sixel; nothing drawn again").isEmpty();
            assertThat(captchaRows(t)).isZero();
        }
    }

    @Test
    void placesNoImageWhereTheBoxShowsOnlyPartOfTheCaptcha() throws Exception {
        try (ScreenTester t = reader(1, graphics(GraphicsProtocol.KITTY), 10)) {
            sent(t);

            t.press("L");
            String open = sent(t);
            t.press("Tab", "Tab", "Tab");
            String atCaptcha = sent(t);

            assertThat(captchaRows(t)).isBetween(1, 7);
            assertThat(open + atCaptcha).doesNotContain("a=p,").doesNotContain("a=t,");
        }
    }

    /** A 100 × 30 PNG, white with a black bar: the size of a Discuz captcha. */
    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(100, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 100; x++) {
                image.setRGB(x, y, x > 20 && x < 80 && y > 10 && y < 20 ? 0 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theCommentCaptchaBoxPlacesItsCaptchaAndTakesItOffWhenAnswered() throws Exception {
        try (ScreenTester t = reader(1, graphics(GraphicsProtocol.KITTY))) {
            sent(t);
            String[] answer = new String[1];
            t.loop.push(new CaptchaLayer(t.loop, new Captcha("h", png(), "image/png"), a -> answer[0] = a));
            t.loop.settle();
            String open = sent(t);

            Matcher at = KITTY_PLACE.matcher(open);
            assertThat(at.find()).isTrue();
            int row = Integer.parseInt(at.group(1)) - 1;
            int column = Integer.parseInt(at.group(2)) - 1;
            assertThat(Integer.parseInt(at.group(4))).isEqualTo(40);
            assertThat(Integer.parseInt(at.group(5))).isEqualTo(6);
            assertThat(cells(t, row, column, 40)).isBlank();
            assertThat(cells(t, row + 3, column, 40).strip()).matches("█+");

            t.write("ab").press("Enter");

            assertThat(answer[0]).isEqualTo("ab");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            assertThat(sent(t)).isEqualTo(DELETE_PLACEMENTS);
        }
    }

    @Test
    void showsTheCaptchaInHalfBlocksAloneWhereTheTerminalHasNoGraphics() throws Exception {
        try (ScreenTester t = reader(1, graphics(GraphicsProtocol.BLOCKS))) {
            t.press("L");

            assertThat(captchaRows(t)).isBetween(2, 12);
            assertThat(t.clipboard.size()).isZero();
            System.out.printf("BENCH captcha frame in half blocks 80x24: %d rows%n", captchaRows(t));
        }
    }

    @Test
    void showsTheCaptchaInHalfBlocksEvenWithImagesOff() throws Exception {
        try (ScreenTester t = reader(1, ImageOptions.NONE)) {
            t.press("L");

            assertThat(captchaRows(t)).isBetween(2, 12);
            assertThat(t.clipboard.size()).isZero();
        }
    }
}
