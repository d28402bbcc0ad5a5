package dev.fenghuang.app.image;

import dev.fenghuang.model.Picture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.defaults(), System::nanoTime);

    @Test
    void decodesAPngKeepingItsColoursAndAspect() throws Exception {
        Picture p = decoder.decode(TestImages.png(40, 20, 0xC82828, 0x2828C8));

        assertThat(p.width()).isEqualTo(40);
        assertThat(p.height()).isEqualTo(20);
        assertThat(p.rgb(0, 0)).isEqualTo(0xC82828);
        assertThat(p.rgb(39, 19)).isEqualTo(0x2828C8);
    }

    @Test
    void scalesALargeImageDownToTheKeptSide() throws Exception {
        Picture p = decoder.decode(TestImages.png(2000, 1000, 0xFFFFFF, 0));

        assertThat(p.width()).isEqualTo(240);
        assertThat(p.height()).isEqualTo(120);
    }

    @Test
    void refusesAHeaderDeclaringMorePixelsThanTheCapBeforeDecoding() {
        assertThatThrownBy(() -> decoder.decode(TestImages.pngHeader(100_000, 100_000)))
                .isInstanceOf(UnreadableImage.class).hasMessageContaining("100000x100000");
        assertThatThrownBy(() -> decoder.decode(TestImages.pngHeader(5000, 5000)))
                .isInstanceOf(UnreadableImage.class).hasMessageContaining("over the cap");
    }

    @Test
    void refusesMoreBytesThanTheCapWithoutLookingAtThem() {
        byte[] big = new byte[(int) ImageLimits.defaults().maxBytes() + 1];

        assertThatThrownBy(() -> decoder.decode(big)).isInstanceOf(UnreadableImage.class)
                .hasMessageContaining("larger than 4096 KB");
    }

    @Test
    void turnsTextAndCorruptBytesIntoUnreadableImage() {
        byte[] png = TestImages.png(64, 64, 0xFF0000, 0x00FF00);
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        byte[] header = TestImages.pngHeader(10, 10);

        assertThatThrownBy(() -> decoder.decode("Access Denied".getBytes())).isInstanceOf(UnreadableImage.class);
        assertThatThrownBy(() -> decoder.decode(cut)).isInstanceOf(UnreadableImage.class);
        assertThatThrownBy(() -> decoder.decode(header)).isInstanceOf(UnreadableImage.class);
    }

    @Test
    void abortsADecodeThatOutlastsTheTimeCap() {
        AtomicLong now = new AtomicLong();
        ImageLimits limits = ImageLimits.defaults();
        ImageDecoder slow = new ImageDecoder(new ImageLimits(limits.maxBytes(), limits.maxPixels(), limits.maxSide(),
                Duration.ofSeconds(2), limits.keptSide()), () -> now.addAndGet(Duration.ofSeconds(1).toNanos()));

        assertThatThrownBy(() -> slow.decode(TestImages.png(300, 300, 0xFF0000, 0x0000FF)))
                .isInstanceOf(UnreadableImage.class).hasMessageContaining("longer than 2000 ms");
    }
}
