package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import java.util.EnumSet;

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
    /** Set beside a sized cell's modifier bits once they are known (Lanterna has 9 modifiers, bits 0 to 8). */
    private static final int ASKED = 1 << 30;

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
     * {@code cell} as a cell that knows its width, for Lanterna's screen and ours to ask; spaces too, the most common
     * cell of a frame (the rest of every row). A sized cell equals any cell of the same text, colours and modifiers,
     * whatever its class: Lanterna fills the lines a scroll brings in with its own plain space, and its delta asks the
     * new frame's cell (the sized one) whether it equals the one shown, so a sized space is not sent again for it.
     * Lanterna's own cells still tell a sized one apart ({@code equals} compares classes): compare with {@link #same}.
     */
    public static TextCharacter sized(TextCharacter cell) {
        if (cell instanceof Sized) {
            return cell;
        }
        return new Sized(cell, isDoubleWidth(cell));
    }

    /**
     * The modifiers of {@code cell} as bits, bit {@code 1 << sgr.ordinal()} for each, without a copy of its modifier
     * set for each question: Lanterna's {@link TextCharacter#getModifiers} copies the set on every call, and its
     * screen asks once for each modifier of each cell it writes. A sized cell asks once; Lanterna's blank asks never.
     */
    public static int modifierBits(TextCharacter cell) {
        if (cell instanceof Sized sized) {
            int asked = sized.askedModifiers;
            if (asked == 0) {
                asked = bitsOf(cell) | ASKED;
                sized.askedModifiers = asked;
            }
            return asked & ~ASKED;
        }
        if (cell == TextCharacter.DEFAULT_CHARACTER || cell == Screen.DEFAULT_CHARACTER) {
            return 0;
        }
        return bitsOf(cell);
    }

    private static int bitsOf(TextCharacter cell) {
        int bits = 0;
        for (SGR sgr : cell.getModifiers()) {
            bits |= 1 << sgr.ordinal();
        }
        return bits;
    }

    /**
     * The sized cell of one code point in these colours and modifiers: what {@link #sized} makes of
     * {@code TextCharacter.fromString(text, foreground, background, modifiers)[0]}, without Lanterna's making on the
     * way. Each cell Lanterna makes splits its text into graphemes to check it is one, and a cell made by
     * {@code fromString} is split once more before; a character of the basic plane is made here by one check.
     */
    public static TextCharacter sized(int codePoint, TextColor foreground, TextColor background,
            EnumSet<SGR> modifiers) {
        if (!Character.isBmpCodePoint(codePoint)) {
            return sized(TextCharacter.fromString(Character.toString(codePoint), foreground, background, modifiers)[0]);
        }
        return new Sized((char) codePoint, foreground, background, modifiers);
    }

    /** Whether {@code cell} answers its width from a field ({@link #sized}) rather than by a search. */
    public static boolean knowsWidth(TextCharacter cell) {
        return cell instanceof Sized;
    }

    /** Whether two cells show the same: the same text in the same colours and modifiers, whichever made them. */
    public static boolean same(TextCharacter a, TextCharacter b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.getClass() == b.getClass()) {
            return a.equals(b); // Lanterna's comparison of the fields, which copies no modifier set
        }
        return a.getCharacterString().equals(b.getCharacterString())
                && a.getForegroundColor().equals(b.getForegroundColor())
                && a.getBackgroundColor().equals(b.getBackgroundColor()) && modifierBits(a) == modifierBits(b);
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
        /** Its {@link #modifierBits} with {@link #ASKED} set, or 0 until asked (racy, but each answer is the same). */
        private transient int askedModifiers;

        Sized(TextCharacter cell, boolean wide) {
            super(cell);
            this.wide = wide;
        }

        @SuppressWarnings("deprecation") // the one public way to a cell of a char in a set of modifiers
        Sized(char c, TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
            super(c, foreground, background, modifiers);
            byte known = BASIC_PLANE[c];
            if (known == UNKNOWN) {
                known = super.isDoubleWidth() ? WIDE : NARROW; // as isDoubleWidth asks of a cell of one character
                BASIC_PLANE[c] = known;
            }
            this.wide = known == WIDE;
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
                space = new Sized(super.withCharacter(' '), false);
                covered = space;
            }
            return space;
        }

        /** Equal to any cell that shows the same ({@link #same}), Lanterna's plain ones too. */
        @Override
        public boolean equals(Object o) {
            if (o instanceof Sized) {
                return super.equals(o);
            }
            return o instanceof TextCharacter other && same(this, other);
        }

        @Override
        public int hashCode() {
            return super.hashCode(); // of the text, colours and modifiers alone, as equals
        }
    }
}
