package dev.fenghuang.tui.image;

import dev.fenghuang.app.image.ImageBudget;
import java.time.Duration;

/**
 * How the reader shows article images.
 *
 * @param style how pictures are drawn, {@link ImageStyle#NONE} for placeholders only
 * @param perImage the time an image may take before it waits to be asked for
 * @param articleBytes the bytes all images of one article may take before the rest wait to be asked for
 * @param graphics whether pictures are also drawn as kitty or sixel images over their half blocks (asked of the
 *     terminal at start when {@code auto})
 */
public record ImageOptions(ImageStyle style, Duration perImage, long articleBytes, TerminalGraphics graphics) {
    public static final ImageOptions NONE = new ImageOptions(ImageStyle.NONE, Duration.ofSeconds(3), 8L << 20);

    /** Half blocks only. */
    public ImageOptions(ImageStyle style, Duration perImage, long articleBytes) {
        this(style, perImage, articleBytes, TerminalGraphics.BLOCKS);
    }

    /** A fresh budget for one article's images. */
    public ImageBudget budget() {
        return new ImageBudget(perImage, articleBytes);
    }

    ImageOptions withStyle(ImageStyle s) {
        return new ImageOptions(s, perImage, articleBytes, graphics);
    }

    public ImageOptions withGraphics(TerminalGraphics g) {
        return new ImageOptions(style, perImage, articleBytes, g);
    }
}
