package dev.fenghuang.site.forum;

import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * The tags and text of a stretch of page, read forward once, for {@link ThreadPageScan}: only the plain subset of HTML
 * on which it and jsoup's tokeniser agree. A start tag is a name of ASCII letters, digits, {@code _ : -} (lower-cased,
 * as jsoup does), then attributes named likewise, each with a double-quoted, single-quoted or plain value or none,
 * and an optional {@code /} before the {@code >}; an end tag is a name and optional white space. Anything else that
 * jsoup would read as markup (a comment, a doctype, {@code <?}, {@code </} before a non-letter, an odd character in a
 * tag, a quote never closed, the end of the text inside a tag) ends the scan with {@link #REFUSED}, and the caller
 * reads the page with jsoup instead. A {@code <} before anything else is text, as for jsoup. Attribute names are
 * compared ignoring case; when an attribute is given twice the first counts, as for jsoup.
 *
 * <p>Each call looks at each character a bounded number of times, so a scan is linear in the text's length.
 */
final class TagScanner {
    static final int END_OF_TEXT = 0;
    static final int TEXT = 1;
    static final int START = 2;
    static final int END = 3;
    /** A comment, {@code <!--} to the first {@code -->}, as jsoup reads one (see {@link #comment()}). */
    static final int COMMENT = 4;
    static final int REFUSED = -1;
    private static final int MAX_ATTRIBUTES = 32;

    /** The page's characters, read from an array: no coder test and no bounds check of {@code String.charAt}. */
    private final char[] text;
    private final int limit;
    /** Characters read so far, each time one is read: the scan's work, which tests bound by the text's length. */
    private long reads;
    private int jsoupDecodes;
    private int position;
    private int tokenStart;
    private int textEnd;
    private String name;
    /** The number of the tag's name in {@link TagNames}, or -1 for a name it does not know. */
    private int kind;
    private boolean selfClosing;
    private int attributes;
    private final int[] nameStarts = new int[MAX_ATTRIBUTES];
    private final int[] nameEnds = new int[MAX_ATTRIBUTES];
    private final int[] valueStarts = new int[MAX_ATTRIBUTES];
    private final int[] valueEnds = new int[MAX_ATTRIBUTES];
    /** The start tag's {@code id}, read once however often the walk asks. */
    private String id;
    private boolean idRead;

    TagScanner(char[] text, int from, int limit) {
        this.text = text;
        this.position = from;
        this.limit = limit;
    }

    /** The next token's kind; its parts are read with the accessors until the next call. */
    int next() {
        int kind = token();
        reads += Math.max(1, position - tokenStart);
        return kind;
    }

    /**
     * Characters read so far by the scan and its accessors: each token's once, plus those re-read when a part of
     * the current tag or text is asked for.
     */
    long reads() {
        return reads;
    }

    private int token() {
        if (position >= limit) {
            return END_OF_TEXT;
        }
        tokenStart = position;
        if (text[position] == '<' && position + 1 < limit) {
            char c = text[position + 1];
            if (isLetter(c)) {
                return startTag();
            }
            if (c == '!' && startsComment()) {
                return commentToken();
            }
            if (c == '/' || c == '!' || c == '?') {
                return c == '/' && position + 2 < limit && isLetter(text[position + 2]) ? endTag() : REFUSED;
            }
        }
        int at = position + 1;
        while (at < limit && (text[at] != '<' || at + 1 < limit && !isMarkup(text[at + 1]))) {
            at++;
        }
        textEnd = at;
        position = at;
        return TEXT;
    }

    private boolean startsComment() {
        return position + 3 < limit && text[position + 2] == '-' && text[position + 3] == '-';
    }

    /**
     * A comment whose text jsoup reads up to the first {@code -->}: refused where jsoup ends it sooner or otherwise
     * ({@code <!-->}, {@code <!--->}, {@code --!>}) or where it is never closed.
     */
    private int commentToken() {
        int from = position + 4;
        if (from >= limit || text[from] == '>' || text[from] == '-' && from + 1 < limit && text[from + 1] == '>') {
            return REFUSED;
        }
        for (int at = from; at + 2 < limit; at++) {
            if (text[at] == '-' && text[at + 1] == '-') {
                if (text[at + 2] == '>') {
                    textEnd = at;
                    position = at + 3;
                    return COMMENT;
                }
                if (text[at + 2] == '!') {
                    return REFUSED;
                }
            }
        }
        return REFUSED;
    }

    /** The comment's text, between {@code <!--} and {@code -->}. */
    String comment() {
        reads += textEnd - tokenStart;
        return new String(text, tokenStart + 4, textEnd - tokenStart - 4);
    }

    private static boolean isMarkup(char c) {
        return isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    private int startTag() {
        int at = nameEnd(position + 1);
        name = lower(position + 1, at);
        attributes = 0;
        selfClosing = false;
        idRead = false;
        while (true) {
            int gap = at;
            at = skipSpace(at);
            if (at >= limit) {
                return REFUSED;
            }
            char c = text[at];
            if (c == '>') {
                position = at + 1;
                return START;
            }
            if (c == '/') {
                if (at + 1 < limit && text[at + 1] == '>') {
                    selfClosing = true;
                    position = at + 2;
                    return START;
                }
                return REFUSED;
            }
            if (at == gap && attributes > 0 && valueEnds[attributes - 1] < 0 || !isNameChar(c)
                    || attributes == MAX_ATTRIBUTES) {
                return REFUSED;
            }
            at = attribute(at);
            if (at < 0) {
                return REFUSED;
            }
        }
    }

    /** Reads one attribute from {@code at}; the index after it, or -1 where jsoup might read it otherwise. */
    private int attribute(int at) {
        int end = nameEnd(at);
        nameStarts[attributes] = at;
        nameEnds[attributes] = end;
        valueStarts[attributes] = -1;
        valueEnds[attributes] = -1;
        int next = skipSpace(end);
        if (next >= limit) {
            return -1;
        }
        if (text[next] != '=') {
            attributes++;
            return end;
        }
        next = skipSpace(next + 1);
        if (next >= limit) {
            return -1;
        }
        char quote = text[next];
        int valueEnd;
        if (quote == '"' || quote == '\'') {
            valueEnd = next + 1;
            while (valueEnd < limit && text[valueEnd] != quote) {
                valueEnd++;
            }
            if (valueEnd >= limit) {
                return -1;
            }
            valueStarts[attributes] = next + 1;
            valueEnds[attributes] = valueEnd;
            attributes++;
            return valueEnd + 1;
        }
        valueEnd = next;
        while (valueEnd < limit && !isSpace(text[valueEnd]) && text[valueEnd] != '>') {
            char v = text[valueEnd];
            if (v == '"' || v == '\'' || v == '<' || v == '=' || v == '`') {
                return -1;
            }
            valueEnd++;
        }
        if (valueEnd == next) {
            return -1;
        }
        valueStarts[attributes] = next;
        valueEnds[attributes] = valueEnd;
        attributes++;
        return valueEnd;
    }

    private int endTag() {
        int at = nameEnd(position + 2);
        name = lower(position + 2, at);
        at = skipSpace(at);
        if (at >= limit || text[at] != '>') {
            return REFUSED;
        }
        position = at + 1;
        return END;
    }

    private int nameEnd(int from) {
        int at = from;
        while (at < limit && isNameChar(text[at])) {
            at++;
        }
        return at;
    }

    private int skipSpace(int from) {
        int at = from;
        while (at < limit && isSpace(text[at])) {
            at++;
        }
        return at;
    }

    /** The name from {@code from} to {@code to}, lower-cased: the known one where it is known (see {@link #kind}). */
    private String lower(int from, int to) {
        reads += 3L * (to - from);
        kind = TagNames.index(text, from, to);
        return kind >= 0 ? TagNames.NAMES[kind] : cut(from, to);
    }

    private String cut(int from, int to) {
        reads += to - from;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c >= 'A' && c <= 'Z') {
                return new String(text, from, to - from).toLowerCase(Locale.ROOT);
            }
        }
        return new String(text, from, to - from);
    }

    /** Whether the text at {@code from} spells the lower-case ASCII {@code word}, ignoring ASCII case. */
    private boolean matches(int from, String word) {
        reads += word.length();
        if (from + word.length() > limit) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text[from + i];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '-';
    }

    /** White space between the parts of a tag, as jsoup's tokeniser knows it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** The number of the tag's name in {@link TagNames#NAMES}, or -1 for another name (start and end tags). */
    int kind() {
        return kind;
    }

    /** The tag's name, lower-cased (start and end tags). */
    String name() {
        return name;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** Where the current token starts in the text. */
    int tokenStart() {
        return tokenStart;
    }

    /** Where the scan stands: after the current token. */
    int position() {
        return position;
    }

    /** The text token, entities decoded as jsoup decodes them in text. */
    String text() {
        reads += textEnd - tokenStart;
        String raw = new String(text, tokenStart, textEnd - tokenStart);
        String plain = CharacterReferences.decoded(raw);
        if (plain == null) {
            jsoupDecodes++;
            return Parser.unescapeEntities(raw, false);
        }
        return plain;
    }

    /** How many texts and attribute values had to be decoded by jsoup's tokeniser, which costs most of reading one. */
    int jsoupDecodes() {
        return jsoupDecodes;
    }

    /** Whether the text token is only white space (which jsoup keeps in place even inside a table). */
    boolean isBlankText() {
        reads += textEnd - tokenStart;
        for (int i = tokenStart; i < textEnd; i++) {
            if (!isSpace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** An attribute's value with its character references read as jsoup reads them. */
    private String decoded(String raw) {
        String plain = CharacterReferences.decoded(raw);
        if (plain == null) {
            jsoupDecodes++;
            return Parser.unescapeEntities(raw, true);
        }
        return plain;
    }

    /** {@link ClassMask#of} of the {@code class} attribute, read in place where it holds no character reference. */
    int classMask() {
        for (int i = 0; i < attributes; i++) {
            if (nameEnds[i] - nameStarts[i] == 5 && matches(nameStarts[i], "class")) {
                int from = valueStarts[i];
                if (from < 0) {
                    return 0;
                }
                int to = valueEnds[i];
                reads += to - from;
                return hasAmpersand(from, to) ? ClassMask.of(attribute("class")) : ClassMask.of(text, from, to);
            }
        }
        return 0;
    }

    /** The start tag's {@code id} as {@link #attribute} gives it, read at most once per tag. */
    String id() {
        if (!idRead) {
            id = attribute("id");
            idRead = true;
        }
        return id;
    }

    /** How many attributes the start tag has, repeats included. */
    int attributeCount() {
        return attributes;
    }

    /** The name of attribute {@code i}, lower-cased as jsoup does. */
    String attributeName(int i) {
        return cut(nameStarts[i], nameEnds[i]);
    }

    /** The value of attribute {@code i}, entities decoded; "" for an attribute without one. */
    String attributeValue(int i) {
        return valueStarts[i] < 0 ? "" : value(i);
    }

    private String value(int i) {
        int from = valueStarts[i];
        reads += valueEnds[i] - from;
        String raw = new String(text, from, valueEnds[i] - from);
        return hasAmpersand(from, valueEnds[i]) ? decoded(raw) : raw;
    }

    private boolean hasAmpersand(int from, int to) {
        reads += to - from;
        for (int at = from; at < to; at++) {
            if (text[at] == '&') {
                return true;
            }
        }
        return false;
    }

    /** The value of the first attribute of that (lower-case) name, entities decoded; "" for none, null if absent. */
    String attribute(String attributeName) {
        for (int i = 0; i < attributes; i++) {
            int length = nameEnds[i] - nameStarts[i];
            if (length == attributeName.length() && matches(nameStarts[i], attributeName)) {
                if (valueStarts[i] < 0) {
                    return "";
                }
                return value(i);
            }
        }
        return null;
    }
}
