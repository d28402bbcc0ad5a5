package dev.fenghuang.app.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HalfBlockImageTest {
    private static byte[] png(int w, int h, boolean[][] ink) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, ink[y][x] ? 0x202020 : 0xF0F0F0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void drawsTwoPixelsPerCellWithHalfBlocks() throws Exception {
        boolean[][] ink = {
            {true, false, true, false},
            {true, true, false, false},
        };
        List<String> lines = HalfBlockImage.render(png(4, 2, ink), 80);
        assertThat(lines).containsExactly("█▄▀");
    }

    @Test
    void scalesAWideImageDownToTheColumnsGiven() throws Exception {
        boolean[][] ink = new boolean[30][100];
        for (int y = 10; y < 20; y++) {
            for (int x = 0; x < 100; x++) {
                ink[y][x] = true;
            }
        }
        List<String> lines = HalfBlockImage.render(png(100, 30, ink), 50);
        assertThat(lines).hasSize(8);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50));
        assertThat(String.join("", lines)).contains("█");
    }

    @Test
    void refusesACaptchaOfMorePixelsThanTheCapInsteadOfDecodingIt() throws Exception {
        BufferedImage huge = new BufferedImage(4100, 4100, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", out);

        assertThatThrownBy(() -> HalfBlockImage.render(out.toByteArray(), 40))
                .hasMessageContaining("not a readable image").hasMessageContaining("4100x4100");
    }

    @Test
    void refusesBytesThatAreNoImage() {
        assertThatThrownBy(() -> HalfBlockImage.render("Access Denied".getBytes(), 40))
                .hasMessageContaining("not a readable image");
    }
}
