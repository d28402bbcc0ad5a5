package dev.fenghuang.site.forum.scan;

import org.jsoup.parser.Tag;

/**
 * The tag names {@link TagScanner} knows, each numbered once (its index in {@link #NAMES}), looked up in the text
 * without cutting the name out, and the jsoup {@link Tag} of each, made once: {@code Tag.valueOf} builds a tag set of
 * its own on every call, which cost more than the element built with it.
 */
final class TagNames {
    /** The names, in the order of their numbers. */
    static final String[] NAMES = {"a", "abbr", "b", "big", "blockquote", "br", "center", "cite", "code",
        "dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ignore_js_op",
        "img", "input", "ins", "kbd", "label", "li", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong",
        "sub", "sup", "table", "tbody", "td", "th", "tr", "tt", "u", "ul", "var", "wbr", "base", "form"};
    private static final int[] TABLE = new int[256];
    private static final Tag[] TAGS = new Tag[NAMES.length];
    /**
     * The names of up to 8 characters packed into one number, the length then 7 bits a character (ASCII), in an
     * open-addressed table of 128 slots, with their numbers; -1 marks a free slot.
     */
    private static final long[] SHORT_KEYS = new long[128];
    private static final int[] SHORT_NUMBERS = new int[128];

    static {
        java.util.Arrays.fill(TABLE, -1);
        java.util.Arrays.fill(SHORT_NUMBERS, -1);
        for (int index = 0; index < NAMES.length; index++) {
            if (NAMES[index].length() <= 8) {
                long key = NAMES[index].length();
                for (int i = 0; i < NAMES[index].length(); i++) {
                    key = key << 7 | NAMES[index].charAt(i);
                }
                int slot = slot(key);
                while (SHORT_NUMBERS[slot] >= 0) {
                    slot = (slot + 1) & (SHORT_KEYS.length - 1);
                }
                SHORT_KEYS[slot] = key;
                SHORT_NUMBERS[slot] = index;
            }
            int slot = hash(NAMES[index]) & (TABLE.length - 1);
            while (TABLE[slot] >= 0) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = index;
            TAGS[index] = Tag.valueOf(NAMES[index]);
        }
    }

    static final int A = number("a");
    static final int BR = number("br");
    static final int DIV = number("div");
    static final int P = number("p");
    static final int TABLE_TAG = number("table");
    static final int TBODY = number("tbody");
    static final int TR = number("tr");
    static final int TD = number("td");
    static final int TH = number("th");

    private TagNames() {
    }

    private static int number(String name) {
        return java.util.Arrays.asList(NAMES).indexOf(name);
    }

    /** The names as a set of numbers, one bit each (there are fewer than 64). */
    static long set(String... names) {
        long set = 0;
        for (String name : names) {
            int number = number(name);
            if (number < 0) {
                throw new IllegalArgumentException(name);
            }
            set |= 1L << number;
        }
        return set;
    }

    /** Whether the name numbered {@code kind} (-1 for an unknown name) is in the set. */
    static boolean in(long set, int kind) {
        return kind >= 0 && (set >>> kind & 1) != 0;
    }

    /**
     * The number of the name spelt, ignoring ASCII case, in {@code text} from {@code from} to {@code to}; -1. A
     * name of up to 8 ASCII characters (a tag name's characters all are) is packed into one number, its length then
     * 7 bits a character, and looked up as that; a longer one is hashed and compared letter by letter.
     */
    static int index(String text, int from, int to) {
        int length = to - from;
        if (length <= 8) {
            long key = length;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    return -1;
                }
                key = key << 7 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            for (int slot = slot(key); SHORT_NUMBERS[slot] >= 0; slot = (slot + 1) & (SHORT_KEYS.length - 1)) {
                if (SHORT_KEYS[slot] == key) {
                    return SHORT_NUMBERS[slot];
                }
            }
            return -1;
        }
        for (int slot = hash(text, from, to) & (TABLE.length - 1); TABLE[slot] >= 0;
                slot = (slot + 1) & (TABLE.length - 1)) {
            String known = NAMES[TABLE[slot]];
            if (known.length() == length && spells(text, from, known)) {
                return TABLE[slot];
            }
        }
        return -1;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 57);
    }

    /** The jsoup tag of a (lower-case) name, the one made once where the name is known. */
    static Tag tag(String name) {
        for (int slot = hash(name) & (TABLE.length - 1); TABLE[slot] >= 0; slot = (slot + 1) & (TABLE.length - 1)) {
            if (NAMES[TABLE[slot]].equals(name)) {
                return TAGS[TABLE[slot]];
            }
        }
        return Tag.valueOf(name);
    }

    /** The jsoup tag of the name numbered {@code kind}, or of {@code name} where it is -1 (a name not known). */
    static Tag tag(int kind, String name) {
        return kind >= 0 ? TAGS[kind] : Tag.valueOf(name);
    }

    private static boolean spells(String text, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(from + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String chars) {
        int h = 0;
        for (int i = 0; i < chars.length(); i++) {
            h = 31 * h + chars.charAt(i);
        }
        return h ^ (h >>> 7);
    }

    private static int hash(String chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h ^ (h >>> 7);
    }
}
