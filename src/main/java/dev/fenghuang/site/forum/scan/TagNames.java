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

    static {
        java.util.Arrays.fill(TABLE, -1);
        for (int index = 0; index < NAMES.length; index++) {
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

    /** The number of the name spelt, ignoring ASCII case, in {@code text} from {@code from} to {@code to}; -1. */
    static int index(char[] text, int from, int to) {
        int length = to - from;
        for (int slot = hash(text, from, to) & (TABLE.length - 1); TABLE[slot] >= 0;
                slot = (slot + 1) & (TABLE.length - 1)) {
            String known = NAMES[TABLE[slot]];
            if (known.length() == length && spells(text, from, known)) {
                return TABLE[slot];
            }
        }
        return -1;
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

    private static boolean spells(char[] text, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = text[from + i];
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

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h ^ (h >>> 7);
    }
}
