package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.TextCharacter;

/**
 * Whether a cell takes two columns, as Lanterna's {@link TextCharacter#isDoubleWidth} says, without asking it again
 * for every cell of every frame: Lanterna finds a character's Unicode block by a search each time, and it asks for
 * each cell set and each cell compared, ours and its own. A cell made by {@link #sized} answers from a field; any
 * other cell of one character from a table filled with Lanterna's answers as characters come.
 */
public final class CellWidths {
    private static final byte UNKNOWN = 0;
    private static final byte NARROW = 1;
    private static final byte WIDE = 2;
    /** Lanterna's answer for each character of the basic plane drawn alone, once asked. */
    private static final byte[] BASIC_PLANE = new byte[Character.MAX_VALUE + 1];

    private CellWidths() {
    }

    /** Whether {@code cell} takes two columns. */
    public static boolean isDoubleWidth(TextCharacter cell) {
        if (cell instanceof Sized sized) {
            return sized.wide;
        }
        String s = cell.getCharacterString();
        if (s.length() != 1) {
            return cell.isDoubleWidth(); // a surrogate pair or a cluster: rare
        }
        char c = s.charAt(0);
        byte known = BASIC_PLANE[c];
        if (known == UNKNOWN) {
            known = cell.isDoubleWidth() ? WIDE : NARROW; // Lanterna's answer depends on the character alone
            BASIC_PLANE[c] = known;
        }
        return known == WIDE;
    }

    /**
     * {@code cell} as a cell that knows its width, for Lanterna's screen and ours to ask; a space stays as it is. A
     * sized cell equals only other sized cells (Lanterna's {@code equals} compares classes), and Lanterna fills the
     * lines a scroll brings in with its own plain space: a sized space there would differ from it, and be sent again.
     */
    public static TextCharacter sized(TextCharacter cell) {
        if (cell instanceof Sized || cell.getCharacterString().equals(" ")) {
            return cell;
        }
        return new Sized(cell, isDoubleWidth(cell));
    }

    /**
     * A cell with its width worked out once. A wide one also keeps the space Lanterna's screen puts in the column it
     * covers: Lanterna makes that space anew for every wide cell set ({@code withCharacter(' ')}), and each new cell
     * is a Unicode segmentation of its text and an interned string, for every CJK character of every frame.
     */
    private static final class Sized extends TextCharacter {
        private static final long serialVersionUID = 1L;
        private final boolean wide;
        /** The space of the column this wide cell covers, once asked (racy, but each answer is the same cell). */
        private transient TextCharacter covered;

        Sized(TextCharacter cell, boolean wide) {
            super(cell);
            this.wide = wide;
        }

        @Override
        public boolean isDoubleWidth() {
            return wide;
        }

        @Override
        public TextCharacter withCharacter(char character) {
            if (character != ' ') {
                return super.withCharacter(character);
            }
            TextCharacter space = covered;
            if (space == null) {
                space = super.withCharacter(' ');
                covered = space;
            }
            return space;
        }
    }
}
