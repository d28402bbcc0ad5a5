package dev.fenghuang.app.image;

import dev.fenghuang.model.Picture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.LongSupplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an image from the network safely: the byte count is checked first, then the size its header declares
 * (read by an ImageIO reader without decoding), and only then are the pixels decoded, subsampled so that memory
 * stays bounded, under a time cap that aborts the reader. Nothing touches the disk (no ImageIO cache file). Any
 * failure, whatever the reader throws, becomes {@link UnreadableImage}.
 */
public final class ImageDecoder {
    private static final int DECODED_SIDE = 1024;

    private final ImageLimits limits;
    private final LongSupplier nanoTime;

    /** @param nanoTime the clock the time cap is measured on ({@code System::nanoTime}) */
    public ImageDecoder(ImageLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    /** Decodes {@code bytes} into a picture no larger than the kept side; throws when anything is off. */
    public Picture decode(byte[] bytes) throws UnreadableImage {
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableImage("the image is larger than " + limits.maxBytes() / 1024 + " KB");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImage("not an image (" + bytes.length + " bytes)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Scaled.of(read(reader), limits.keptSide());
            } finally {
                reader.dispose();
            }
        } catch (UnreadableImage e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableImage("a corrupt image: " + e.getClass().getSimpleName(), e);
        }
    }

    private BufferedImage read(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > limits.maxSide() || height > limits.maxSide()
                || (long) width * height > limits.maxPixels()) {
            throw new UnreadableImage("the image is " + width + "x" + height + " pixels, over the cap of "
                    + limits.maxPixels() + " pixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, (Math.max(width, height) + DECODED_SIDE - 1) / DECODED_SIDE);
        param.setSourceSubsampling(step, step, 0, 0);
        Deadline deadline = new Deadline(nanoTime, nanoTime.getAsLong() + limits.decodeTime().toNanos());
        reader.addIIOReadProgressListener(deadline);
        BufferedImage image = reader.read(0, param);
        if (deadline.aborted || image == null) {
            throw new UnreadableImage("decoding the image took longer than " + limits.decodeTime().toMillis()
                    + " ms");
        }
        return image;
    }

    /** Aborts the reader once the clock passes the end, checked at each progress report (every few rows). */
    private static final class Deadline implements IIOReadProgressListener {
        private final LongSupplier nanoTime;
        private final long end;
        private boolean aborted;

        Deadline(LongSupplier nanoTime, long end) {
            this.nanoTime = nanoTime;
            this.end = end;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (nanoTime.getAsLong() - end > 0) {
                source.abort();
            }
        }

        @Override
        public void readAborted(ImageReader source) {
            aborted = true;
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
            // only single images are read
        }

        @Override
        public void sequenceComplete(ImageReader source) {
            // only single images are read
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            imageProgress(source, 0);
        }

        @Override
        public void imageComplete(ImageReader source) {
            // the result is checked by the caller
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
            // thumbnails are not read
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
            // thumbnails are not read
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
            // thumbnails are not read
        }
    }
}
