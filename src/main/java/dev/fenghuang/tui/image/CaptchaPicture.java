package dev.fenghuang.tui.image;

import com.googlecode.lanterna.TextCharacter;
import dev.fenghuang.app.image.ImageDecoder;
import dev.fenghuang.app.image.ImageLimits;
import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.model.Picture;
import java.util.List;

/**
 * A captcha ready to show: the decoded picture (what a kitty or sixel image is drawn from) and its half blocks in ink
 * and paper, which keep its room in a box and are what shows where the terminal has no graphics or images are off (a
 * captcha is shown even then: signing in needs it).
 *
 * @param picture the decoded captcha
 * @param rows its half blocks, one list of one-column cells a row
 */
public record CaptchaPicture(Picture picture, List<List<TextCharacter>> rows) {
    /** A captcha comes from the network like any image: the same caps on bytes, pixels and time. */
    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.defaults(), System::nanoTime);

    public CaptchaPicture {
        rows = List.copyOf(rows);
    }

    /**
     * Decodes the site's captcha bytes and lays it out in at most {@code maxColumns} × {@code maxRows} cells.
     *
     * @throws UnreadableImage when the bytes are not an image within the caps
     */
    public static CaptchaPicture of(byte[] image, int maxColumns, int maxRows) throws UnreadableImage {
        Picture p = DECODER.decode(image);
        return new CaptchaPicture(p, HalfBlocks.rows(p, maxColumns, maxRows, ImageStyle.MONOCHROME));
    }

    /** The columns the half blocks take. */
    public int columns() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }
}
