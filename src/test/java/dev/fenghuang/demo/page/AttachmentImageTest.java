package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pictures the portal serves for its attachments, and the hostile one its fault serves instead. */
class AttachmentImageTest {
    private static final String PATH = "data/attachment/portal/201611/06/152000abcdefgh.jpg";
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void servesAColourPictureDrawnFromThePathTheSameEveryTime() throws Exception {
        Fetch.Page first = Fetch.get(portal, PATH);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.bytes()));

        assertThat(first.header("content-type")).isEqualTo("image/jpeg");
        assertThat(image.getWidth()).isEqualTo(AttachmentImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(AttachmentImage.HEIGHT);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 8) {
            colours.add(image.getRGB(x, image.getHeight() / 5) & 0xF0F0F0);
            colours.add(image.getRGB(x, image.getHeight() - 2) & 0xF0F0F0);
        }
        assertThat(colours).hasSizeGreaterThan(3);
        assertThat(Fetch.get(portal, PATH).bytes()).isEqualTo(first.bytes());
        assertThat(Fetch.get(portal, PATH.replace("abc", "xyz")).bytes()).isNotEqualTo(first.bytes());
    }

    @Test
    void theHostileImageFaultServesABombHeaderForImagesAndLeavesPagesAlone() {
        portal.inject(Fault.HOSTILE_IMAGE);
        try {
            Fetch.Page image = Fetch.get(portal, PATH);
            ByteBuffer head = ByteBuffer.wrap(image.bytes());

            assertThat(image.header("content-type")).isEqualTo("image/png");
            assertThat(head.getInt(16)).isEqualTo(100_000);
            assertThat(head.getInt(20)).isEqualTo(100_000);
            assertThat(Fetch.get(portal, "portal.php?mod=view&aid=1").status()).isEqualTo(200);
        } finally {
            portal.clearFaults();
        }
    }
}
