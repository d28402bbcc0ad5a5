package dev.fenghuang.tui.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Picture;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kitty graphics commands: transmit once in chunks, place, delete and place again when moved. */
class KittyGraphicsTest {
    private static final Pattern APC = Pattern.compile("\u001B_G([^;\u001B]*)(?:;([^\u001B]*))?\u001B\\\\");

    private static Picture noise(int w, int h, long seed) {
        Random r = new Random(seed);
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextInt(0x1000000);
        }
        return new Picture(w, h, px);
    }

    private static List<String[]> commands(byte[] bytes) {
        Matcher m = APC.matcher(new String(bytes, StandardCharsets.US_ASCII));
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)});
        }
        return out;
    }

    private static long count(byte[] bytes, String control) {
        return commands(bytes).stream().filter(c -> c[0].contains(control)).count();
    }

    @Test
    void transmitsAPngInChunksOfAtMost4096WithMoreFlagsAndTheIdOnTheFirst() throws Exception {
        Picture p = noise(120, 90, 1);
        byte[] png = KittyGraphics.png(p);

        List<String[]> chunks = commands(KittyGraphics.transmitCommand(107, png)
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(chunks.size()).isEqualTo((Base64.getEncoder().encodeToString(png).length() + 4095) / 4096)
                .isGreaterThan(2);
        assertThat(chunks.get(0)[0]).isEqualTo("a=t,f=100,i=107,q=2,m=1");
        for (int i = 1; i < chunks.size() - 1; i++) {
            assertThat(chunks.get(i)[0]).isEqualTo("m=1");
        }
        assertThat(chunks.get(chunks.size() - 1)[0]).isEqualTo("m=0");
        StringBuilder data = new StringBuilder();
        for (String[] c : chunks) {
            assertThat(c[1].length()).isLessThanOrEqualTo(4096);
            data.append(c[1]);
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data.toString())));
        assertThat(back.getWidth()).isEqualTo(120);
        assertThat(back.getRGB(17, 33) & 0xFFFFFF).isEqualTo(p.rgb(17, 33));
    }

    /**
     * The PNG is made in memory: ImageIO.write to an OutputStream buffers through a cache file in the temporary
     * folder. With the cache folder gone, only the in-memory way makes one.
     */
    @Test
    void makesThePngWithoutACacheFile(@TempDir Path dir) throws Exception {
        Path gone = Files.createDirectory(dir.resolve("imageio-cache"));
        Picture p = noise(40, 30, 2);
        boolean useCache = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(gone.toFile());
        byte[] png;
        try {
            Files.delete(gone);
            png = KittyGraphics.png(p);
        } finally {
            ImageIO.setCacheDirectory(null);
            ImageIO.setUseCache(useCache);
        }
        BufferedImage back = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(png)));
        assertThat(back.getRGB(39, 29) & 0xFFFFFF).isEqualTo(p.rgb(39, 29));
    }

    @Test
    void aSmallPictureGoesInOneChunk() {
        String t = KittyGraphics.transmitCommand(100, KittyGraphics.png(new Picture(1, 1, new int[] {0xFF0000})));

        assertThat(commands(t.getBytes(StandardCharsets.US_ASCII))).singleElement()
                .satisfies(c -> assertThat(c[0]).isEqualTo("a=t,f=100,i=100,q=2,m=0"));
    }

    @Test
    void placesAtTheTopLeftCellWithTheCursorSavedAndKeptStill() {
        assertThat(KittyGraphics.placeCommand(101, new Placement(noise(2, 2, 0), 4, 7, 30, 12)))
                .isEqualTo("\u001B7\u001B[8;5H\u001B_Ga=p,i=101,c=30,r=12,C=1,q=2\u001B\\\u001B8");
        assertThat(KittyGraphics.deleteCommand()).isEqualTo("\u001B_Ga=d,d=a,q=2\u001B\\");
    }

    @Test
    void sendsEachPictureOnceAndPlacesItAgainOnlyWhenItMovedOrAllWasRepainted() {
        KittyGraphics kitty = new KittyGraphics();
        Picture a = noise(20, 10, 2);
        Picture b = noise(10, 10, 3);

        byte[] first = kitty.afterFrame(List.of(new Placement(a, 4, 3, 20, 5), new Placement(b, 4, 12, 10, 5)),
                false);
        byte[] still = kitty.afterFrame(List.of(new Placement(a, 4, 3, 20, 5), new Placement(b, 4, 12, 10, 5)),
                false);
        byte[] moved = kitty.afterFrame(List.of(new Placement(a, 4, 2, 20, 5)), false);
        byte[] repainted = kitty.afterFrame(List.of(new Placement(a, 4, 2, 20, 5)), true);
        byte[] gone = kitty.afterFrame(List.of(), false);

        assertThat(count(first, "a=t")).isEqualTo(2);
        assertThat(count(first, "a=p,i=100,")).isEqualTo(1);
        assertThat(count(first, "a=p,i=101,")).isEqualTo(1);
        assertThat(count(first, "a=d")).isZero();
        assertThat(still).isEmpty();
        assertThat(count(moved, "a=t")).isZero();
        assertThat(new String(moved, StandardCharsets.US_ASCII)).isEqualTo(KittyGraphics.deleteCommand()
                + KittyGraphics.placeCommand(100, new Placement(a, 4, 2, 20, 5)));
        assertThat(count(repainted, "a=d,d=a")).isEqualTo(1);
        assertThat(count(repainted, "a=p,i=100,")).isEqualTo(1);
        assertThat(count(repainted, "a=t")).isZero();
        assertThat(new String(gone, StandardCharsets.US_ASCII)).isEqualTo(KittyGraphics.deleteCommand());
    }

    @Test
    void deletesTheDataOfPicturesPlacedLongAgoAndSendsThemAgainWhenTheyComeBack() {
        KittyGraphics kitty = new KittyGraphics();
        Picture first = noise(3, 3, 100);
        kitty.afterFrame(List.of(new Placement(first, 0, 1, 3, 2)), false);
        StringBuilder later = new StringBuilder();
        for (int i = 1; i <= KittyGraphics.KEPT; i++) {
            later.append(new String(kitty.afterFrame(List.of(new Placement(noise(3, 3, 100 + i), 0, 1, 3, 2)), false),
                    StandardCharsets.US_ASCII));
        }

        byte[] back = kitty.afterFrame(List.of(new Placement(first, 0, 1, 3, 2)), false);

        assertThat(count(later.toString().getBytes(StandardCharsets.US_ASCII), "a=d,d=I,i=100,")).isEqualTo(1);
        assertThat(count(later.toString().getBytes(StandardCharsets.US_ASCII), "a=d,d=I,")).isEqualTo(1);
        assertThat(count(back, "a=t,")).isEqualTo(1);
        assertThat(count(back, "a=p,i=" + (100 + KittyGraphics.KEPT + 1) + ",")).isEqualTo(1);
    }

    @Test
    void clearingDeletesEveryImageWithItsDataAndSendsThemAgainAfter() {
        KittyGraphics kitty = new KittyGraphics();
        Placement p = new Placement(noise(3, 3, 7), 0, 1, 3, 2);
        kitty.afterFrame(List.of(p), false);

        assertThat(new String(kitty.clear(), StandardCharsets.US_ASCII)).isEqualTo("\u001B_Ga=d,d=A,q=2\u001B\\");
        assertThat(count(kitty.afterFrame(List.of(p), true), "a=t,")).isEqualTo(1);
    }
}
