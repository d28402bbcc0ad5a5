package dev.fenghuang.tui.image;

import dev.fenghuang.model.Picture;

/** What the reader has of one article image: its picture, or why it shows a placeholder instead. */
public sealed interface ImageSlot {
    /** Images are off ({@code --no-images}, {@code tui.images = false}): the reference number and the alt text. */
    ImageSlot OFF = new Placeholder("");

    /** Being fetched. */
    record Loading() implements ImageSlot {
    }

    /** Fetched and decoded. */
    record Drawn(Picture picture) implements ImageSlot {
    }

    /** Not drawn; {@code why} says why ("" for nothing to say), {@code onDemand} whether a key fetches it. */
    public record Placeholder(String why, boolean onDemand) implements ImageSlot {
        public Placeholder(String why) {
            this(why, false);
        }
    }
}
