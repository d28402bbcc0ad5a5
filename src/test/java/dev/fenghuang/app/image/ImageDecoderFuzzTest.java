package dev.fenghuang.app.image;

import dev.fenghuang.model.Picture;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;

/**
 * Any bytes as an article image: a picture within the kept side, or {@link UnreadableImage}; anything else (an
 * unchecked exception, an error, a hang) is a finding. Seeds: small PNG, JPEG, GIF and BMP files and a PNG header
 * declaring 100000x100000 pixels, in {@code ImageDecoderFuzzTestInputs/}.
 */
class ImageDecoderFuzzTest {
    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.defaults(), System::nanoTime);

    @FuzzTest(maxDuration = "10s")
    void decodesAnyBytesOrSaysWhy(byte[] bytes) {
        FuzzReport.input();
        try {
            Picture p = DECODER.decode(bytes);
            assertThat(Math.max(p.width(), p.height())).isLessThanOrEqualTo(ImageLimits.defaults().keptSide());
        } catch (UnreadableImage refused) {
            // documented: not an image, corrupt, or over a cap
        }
    }
}
