package dev.fenghuang.site.forum.scan;

import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * The attributes of the start tag a {@link TagScanner} stands on, kept as offsets in the page's characters and read
 * in place when asked for: a value is cut out and decoded only for the attributes a reader asks for, and the
 * {@code class} attribute is matched without being cut out. Also the count of characters read, by the scan and by
 * these reads, which tests bound by the text's length.
 */
public abstract class TagAttributes {
    static final int MAX_ATTRIBUTES = 32;
    /** Attribute names met on every page, given as these strings rather than cut out of the page each time. */
    private static final String[] COMMON_NAMES = {"id", "class", "href", "title", "style", "target", "src", "alt",
        "rel", "onclick", "border", "width", "height", "color", "size", "align", "summary", "cellspacing",
        "cellpadding", "rowspan", "colspan", "type", "name", "value", "face", "file", "zoomfile", "aid"};
    private static final int MAX_COMMON_NAME = 11;
    /** The common names by their length, so a name read is compared only with those as long as it. */
    private static final String[][] COMMON_BY_LENGTH = new String[MAX_COMMON_NAME + 1][];

    static {
        for (int length = 0; length <= MAX_COMMON_NAME; length++) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (String name : COMMON_NAMES) {
                if (name.length() == length) {
                    names.add(name);
                }
            }
            COMMON_BY_LENGTH[length] = names.toArray(new String[0]);
        }
    }

    /** The page's text, read in place: copying its characters out cost more than reading them from the string. */
    final String text;
    final int limit;
    /** Characters read so far, each time one is read: the scan's work, which tests bound by the text's length. */
    long reads;
    int jsoupDecodes;
    int attributes;
    final int[] nameStarts = new int[MAX_ATTRIBUTES];
    final int[] nameEnds = new int[MAX_ATTRIBUTES];
    final int[] valueStarts = new int[MAX_ATTRIBUTES];
    final int[] valueEnds = new int[MAX_ATTRIBUTES];
    /** The start tag's {@code id}, read once however often the walk asks. */
    private String id;
    boolean idRead;
    /** The first {@code class} and {@code id} attribute's number, noted as the tag is scanned; -1 for none. */
    int classAt;
    int idAt;

    TagAttributes(String text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    /**
     * Characters read so far by the scan and its accessors: each token's once, plus those re-read when a part of
     * the current tag or text is asked for.
     */
    long reads() {
        return reads;
    }

    String cut(int from, int to) {
        reads += to - from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return text.substring(from, to).toLowerCase(Locale.ROOT);
            }
        }
        return text.substring(from, to);
    }

    /** Whether the text at {@code from} spells the lower-case ASCII {@code word}, ignoring ASCII case. */
    boolean matches(int from, String word) {
        reads += word.length();
        if (from + word.length() > limit) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(from + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many texts and attribute values had to be decoded by jsoup's tokeniser, which costs most of reading one. */
    int jsoupDecodes() {
        return jsoupDecodes;
    }

    /** An attribute's value with its character references read as jsoup reads them. */
    String decoded(String raw) {
        String plain = CharacterReferences.decoded(raw);
        if (plain == null) {
            jsoupDecodes++;
            return Parser.unescapeEntities(raw, true);
        }
        return plain;
    }

    /** {@link ClassMask#of} of the {@code class} attribute, read in place where it holds no character reference. */
    int classMask() {
        if (classAt < 0 || valueStarts[classAt] < 0) {
            return 0;
        }
        int from = valueStarts[classAt];
        int to = valueEnds[classAt];
        reads += to - from;
        return hasAmpersand(from, to) ? ClassMask.of(value(classAt)) : ClassMask.of(text, from, to);
    }

    /** The start tag's {@code id} as {@link #attribute} gives it, read at most once per tag. */
    String id() {
        return idRead ? id : readId();
    }

    private String readId() {
        id = idAt < 0 ? null : attributeValue(idAt);
        idRead = true;
        return id;
    }

    /**
     * Notes attribute {@code i}, just scanned with its name from {@code from} to {@code to}, where it is the first
     * {@code class} or {@code id}: the ones asked for on every tag, found then without another pass.
     */
    void noteName(int i, int from, int to) {
        int length = to - from;
        if (length == 5 && classAt < 0 && (text.charAt(from) | 0x20) == 'c' && matches(from, "class")) {
            classAt = i;
        } else if (length == 2 && idAt < 0 && matches(from, "id")) {
            idAt = i;
        }
    }

    /** The number of the first attribute of that (lower-case) name, or -1 for none. */
    int attributeIndex(String attributeName) {
        for (int i = 0; i < attributes; i++) {
            if (nameEnds[i] - nameStarts[i] == attributeName.length() && matches(nameStarts[i], attributeName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the decoded value of attribute {@code i} holds {@code word} (which has no {@code &}), ignoring case as
     * {@link IgnoringCase} does or not. Read in place, in one pass, up to the first {@code &} that is not an
     * {@code &amp;}: up to there the decoded value is the stretches between {@code &amp;}s joined by {@code &}, and a
     * word without {@code &} stands in it exactly where it stands, as written, within one stretch (a place where the
     * word is spelt holds no {@code &}, so it lies within one). From another reference on, the value is decoded.
     */
    boolean valueHolds(int i, String word, boolean ignoringCase) {
        int from = valueStarts[i];
        if (from < 0) {
            return word.isEmpty();
        }
        int to = valueEnds[i];
        reads += to - from;
        int last = to - word.length();
        char first = word.charAt(0);
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            if (c == '&') {
                if (at + 5 > to || !text.startsWith("amp;", at + 1)) {
                    String value = value(i);
                    return ignoringCase ? IgnoringCase.contains(value, word) : value.contains(word);
                }
                at += 4;
            } else if (at <= last && mayStart(c, first, ignoringCase)
                    && IgnoringCase.spelt(text, at, word, ignoringCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word starting with the lower-case ASCII {@code first} may be spelt from {@code c}: as written, or in
     * any case as {@link IgnoringCase} reads it (an ASCII capital, or any character beyond ASCII, which it looks up).
     * Only a quick test before the spelling is compared.
     */
    private static boolean mayStart(char c, char first, boolean ignoringCase) {
        return c == first || ignoringCase && (c >= 128 || c >= 'A' && c <= 'Z' && c + 32 == first);
    }

    /** How many attributes the start tag has, repeats included. */
    int attributeCount() {
        return attributes;
    }

    /** The name of attribute {@code i}, lower-cased as jsoup does. */
    String attributeName(int i) {
        int from = nameStarts[i];
        int length = nameEnds[i] - from;
        if (length <= MAX_COMMON_NAME) {
            for (String name : COMMON_BY_LENGTH[length]) {
                if (matches(from, name)) {
                    return name;
                }
            }
        }
        return cut(from, nameEnds[i]);
    }

    /**
     * Whether the start tag's {@code id} is {@code word}, compared in place where it holds no character reference (no
     * string is made for it); else as {@link #id()} gives it.
     */
    boolean idEquals(String word) {
        if (idRead || idAt < 0 || valueStarts[idAt] < 0) {
            return word.equals(id());
        }
        int from = valueStarts[idAt];
        int to = valueEnds[idAt];
        if (hasAmpersand(from, to)) {
            return word.equals(id());
        }
        return to - from == word.length() && text.startsWith(word, from);
    }

    /**
     * The start tag's {@code id} where its length may be one in {@code lengths} (a bit a length, below 64), else
     * null, as for no id: an id written without character references is not cut out to be told it is not wanted.
     */
    String idOfLength(long lengths) {
        if (!idRead && idAt >= 0 && valueStarts[idAt] >= 0) {
            int from = valueStarts[idAt];
            int length = valueEnds[idAt] - from;
            if ((length >= 64 || (lengths >>> length & 1) == 0) && !hasAmpersand(from, valueEnds[idAt])) {
                return null;
            }
        }
        String value = id();
        return value == null || value.length() < 64 && (lengths >>> value.length() & 1) != 0 ? value : null;
    }

    /** The value of attribute {@code i}, entities decoded; "" for an attribute without one. */
    String attributeValue(int i) {
        return valueStarts[i] < 0 ? "" : value(i);
    }

    private String value(int i) {
        int from = valueStarts[i];
        reads += valueEnds[i] - from;
        String raw = text.substring(from, valueEnds[i]);
        return hasAmpersand(from, valueEnds[i]) ? decoded(raw) : raw;
    }

    private boolean hasAmpersand(int from, int to) {
        reads += to - from;
        for (int at = from; at < to; at++) {
            if (text.charAt(at) == '&') {
                return true;
            }
        }
        return false;
    }

    /** The value of the first attribute of that (lower-case) name, entities decoded; "" for none, null if absent. */
    String attribute(String attributeName) {
        int i = attributeIndex(attributeName);
        return i < 0 ? null : attributeValue(i);
    }
}
