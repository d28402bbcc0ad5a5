package dev.fenghuang.site.forum.scan;

/**
 * The classes of a tag that {@link ThreadPageScan} and {@link FloorScan} look for, as bits found in one pass over the
 * {@code class} attribute: white-space separated names compared ignoring case, as jsoup's {@code hasClass}.
 */
final class ClassMask {
    static final String[] NAMES = {"pls", "plc", "t_f", "pcb", "po", "pattl", "authi", "fastre", "hm", "ptn", "pg",
        "pgs", "pgt", "locked", "pi", "xi2", "xg1"};
    /** The names packed by {@link #key}, in the order of {@link #NAMES}. */
    private static final long[] KEYS = new long[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            KEYS[i] = key(NAMES[i]);
        }
    }

    static final int PLS = bit("pls");
    static final int PLC = bit("plc");
    static final int T_F = bit("t_f");
    static final int PCB = bit("pcb");
    static final int PO = bit("po");
    static final int PATTL = bit("pattl");
    static final int AUTHI = bit("authi");
    static final int FASTRE = bit("fastre");
    static final int HM = bit("hm");
    static final int PTN = bit("ptn");
    static final int PG = bit("pg");
    static final int PGS = bit("pgs");
    static final int PGT = bit("pgt");
    static final int LOCKED = bit("locked");
    static final int PI = bit("pi");
    static final int XI2 = bit("xi2");
    static final int XG1 = bit("xg1");
    /** What a body or attachment list may not hold: the classes read elsewhere on the page. */
    static final int READ_ELSEWHERE = PLS | PLC | T_F | PCB | PO | PATTL | AUTHI | FASTRE | HM | PTN | PG | PGS | PGT;

    private ClassMask() {
    }

    private static int bit(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The bits of the known names among the classes; 0 for none or a null attribute. */
    static int of(String classes) {
        return classes == null ? 0 : of(classes, 0, classes.length());
    }

    /** The bits of the known names among the classes written in {@code text} from {@code from} to {@code to}. */
    static int of(String text, int from, int to) {
        int mask = 0;
        int at = from;
        while (at < to) {
            while (at < to && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int end = at;
            while (end < to && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            int size = end - at;
            if (size >= 2 && size <= 6) {
                mask |= known(text, at, size);
            }
            at = end;
        }
        return mask;
    }

    /**
     * The bit of the known name spelt at {@code at}, ignoring case as {@code String.regionMatches} does; 0 for none.
     * ASCII names are packed into one number and compared as such; a name with another character is compared
     * letter by letter.
     */
    private static int known(String text, int at, int size) {
        long key = size;
        for (int i = at; i < at + size; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return knownSpelt(text, at, size);
            }
            key = key << 8 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        for (int i = 0; i < KEYS.length; i++) {
            if (KEYS[i] == key) {
                return 1 << i;
            }
        }
        return 0;
    }

    /** The lower-case ASCII name packed as {@link #known} packs what it reads: its length, then a byte a letter. */
    private static long key(String name) {
        long key = name.length();
        for (int i = 0; i < name.length(); i++) {
            key = key << 8 | name.charAt(i);
        }
        return key;
    }

    private static int knownSpelt(String text, int at, int size) {
        for (int i = 0; i < NAMES.length; i++) {
            String name = NAMES[i];
            if (name.length() == size && spells(text, at, name)) {
                return 1 << i;
            }
        }
        return 0;
    }

    private static boolean spells(String text, int at, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = text.charAt(at + i);
            char n = name.charAt(i);
            if (c != n && (c < 128 ? c < 'A' || c > 'Z' || c + 32 != n : !sameIgnoringCase(c, n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The comparison of {@code String.regionMatches(true, …)}, which also folds a few non-ASCII letters
     * (U+212A KELVIN SIGN is {@code k}); ASCII is compared before this, since the names are lower-case ASCII.
     */
    private static boolean sameIgnoringCase(char c, char n) {
        char upper = Character.toUpperCase(c);
        char upperName = Character.toUpperCase(n);
        return upper == upperName || Character.toLowerCase(upper) == Character.toLowerCase(upperName);
    }
}
