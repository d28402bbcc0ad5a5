package dev.fenghuang.site.forum.scan;

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
public final class TagScanner extends TagAttributes {
    static final int END_OF_TEXT = 0;
    static final int TEXT = 1;
    static final int START = 2;
    static final int END = 3;
    /** A comment, {@code <!--} to the first {@code -->}, as jsoup reads one (see {@link #comment()}). */
    static final int COMMENT = 4;
    static final int REFUSED = -1;
    /** How many characters are read one by one before a search ({@link #nextLessThan}, quoted values). */
    private static final int NEAR = 16;

    /**
     * Text of one ASCII character, made once: between most tags stands a line break alone, and a string cut for it
     * each time was one of the walk's largest allocations. No reference can be one character long but {@code &}.
     */
    private static final String[] ONE_CHARACTER = new String[128];

    static {
        for (char c = 0; c < ONE_CHARACTER.length; c++) {
            ONE_CHARACTER[c] = String.valueOf(c);
        }
    }

    private int position;
    private int tokenStart;
    private int textEnd;
    private String name;
    /** The number of the tag's name in {@link TagNames}, or -1 for a name it does not know. */
    private int kind;
    private boolean selfClosing;

    TagScanner(String text, int from, int limit) {
        super(text, limit);
        this.position = from;
    }

    /** The next token's kind; its parts are read with the accessors until the next call. */
    int next() {
        int kind = token();
        reads += Math.max(1, position - tokenStart);
        return kind;
    }

    private int token() {
        if (position >= limit) {
            return END_OF_TEXT;
        }
        tokenStart = position;
        if (text.charAt(position) == '<' && position + 1 < limit) {
            char c = text.charAt(position + 1);
            if (isLetter(c)) {
                return startTag();
            }
            if (c == '!' && startsComment()) {
                return commentToken();
            }
            if (c == '/' || c == '!' || c == '?') {
                return c == '/' && position + 2 < limit && isLetter(text.charAt(position + 2)) ? endTag() : REFUSED;
            }
        }
        int at = nextLessThan(position + 1);
        while (at < limit && at + 1 < limit && !isMarkup(text.charAt(at + 1))) {
            at = nextLessThan(at + 1);
        }
        textEnd = at;
        position = at;
        return TEXT;
    }

    /**
     * The first {@code <} from {@code from} on, or the limit where there is none before it. Most text between tags is
     * a line break or a few characters, so the first few are looked at one by one before the string is searched:
     * setting up {@code indexOf} costs more than reading them.
     */
    private int nextLessThan(int from) {
        int near = Math.min(limit, from + NEAR);
        for (int at = from; at < near; at++) {
            if (text.charAt(at) == '<') {
                return at;
            }
        }
        if (near == limit) {
            return limit;
        }
        int at = text.indexOf('<', near);
        return at < 0 || at > limit ? limit : at;
    }

    private boolean startsComment() {
        return position + 3 < limit && text.charAt(position + 2) == '-' && text.charAt(position + 3) == '-';
    }

    /**
     * A comment whose text jsoup reads up to the first {@code -->}: refused where jsoup ends it sooner or otherwise
     * ({@code <!-->}, {@code <!--->}, {@code --!>}) or where it is never closed.
     */
    private int commentToken() {
        int from = position + 4;
        if (from >= limit || text.charAt(from) == '>' || text.charAt(from) == '-' && from + 1 < limit && text.charAt(from + 1) == '>') {
            return REFUSED;
        }
        for (int at = from; at + 2 < limit; at++) {
            if (text.charAt(at) == '-' && text.charAt(at + 1) == '-') {
                if (text.charAt(at + 2) == '>') {
                    textEnd = at;
                    position = at + 3;
                    return COMMENT;
                }
                if (text.charAt(at + 2) == '!') {
                    return REFUSED;
                }
            }
        }
        return REFUSED;
    }

    /** The comment's text, between {@code <!--} and {@code -->}. */
    String comment() {
        reads += textEnd - tokenStart;
        return text.substring(tokenStart + 4, textEnd);
    }

    private static boolean isMarkup(char c) {
        return isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    private int startTag() {
        int at = nameEnd(position + 1);
        name = lower(position + 1, at);
        attributes = 0;
        classAt = -1;
        idAt = -1;
        selfClosing = false;
        idRead = false;
        while (true) {
            int gap = at;
            at = skipSpace(at);
            if (at >= limit) {
                return REFUSED;
            }
            char c = text.charAt(at);
            if (c == '>') {
                position = at + 1;
                return START;
            }
            if (c == '/') {
                if (at + 1 < limit && text.charAt(at + 1) == '>') {
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
        noteName(attributes, at, end);
        valueStarts[attributes] = -1;
        valueEnds[attributes] = -1;
        int next = skipSpace(end);
        if (next >= limit) {
            return -1;
        }
        if (text.charAt(next) != '=') {
            attributes++;
            return end;
        }
        next = skipSpace(next + 1);
        if (next >= limit) {
            return -1;
        }
        char quote = text.charAt(next);
        int valueEnd;
        if (quote == '"' || quote == '\'') {
            valueEnd = closingQuote(quote, next + 1);
            if (valueEnd < 0 || valueEnd >= limit) {
                return -1;
            }
            valueStarts[attributes] = next + 1;
            valueEnds[attributes] = valueEnd;
            attributes++;
            return valueEnd + 1;
        }
        valueEnd = unquotedEnd(next);
        if (valueEnd < 0) {
            return -1;
        }
        valueStarts[attributes] = next;
        valueEnds[attributes] = valueEnd;
        attributes++;
        return valueEnd;
    }

    /** The first {@code quote} from {@code from} on, or -1: near ones read one by one (see {@link #nextLessThan}). */
    private int closingQuote(char quote, int from) {
        int near = Math.min(limit, from + NEAR);
        for (int at = from; at < near; at++) {
            if (text.charAt(at) == quote) {
                return at;
            }
        }
        return text.indexOf(quote, near);
    }

    /**
     * Where a value written without quotes from {@code from} ends, or -1 where it is empty or holds a character that
     * jsoup might read otherwise. Kept apart from {@link #attribute} so that stays small enough to be compiled inline.
     */
    private int unquotedEnd(int from) {
        int end = from;
        while (end < limit && !isSpace(text.charAt(end)) && text.charAt(end) != '>') {
            char v = text.charAt(end);
            if (v == '"' || v == '\'' || v == '<' || v == '=' || v == '`') {
                return -1;
            }
            end++;
        }
        return end == from ? -1 : end;
    }

    private int endTag() {
        int at = nameEnd(position + 2);
        name = lower(position + 2, at);
        at = skipSpace(at);
        if (at >= limit || text.charAt(at) != '>') {
            return REFUSED;
        }
        position = at + 1;
        return END;
    }

    private int nameEnd(int from) {
        int at = from;
        while (at < limit && isNameChar(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private int skipSpace(int from) {
        int at = from;
        while (at < limit && isSpace(text.charAt(at))) {
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
        if (textEnd - tokenStart == 1) {
            char c = text.charAt(tokenStart);
            if (c < ONE_CHARACTER.length && c != '&') {
                return ONE_CHARACTER[c];
            }
        }
        String raw = text.substring(tokenStart, textEnd);
        String plain = CharacterReferences.decoded(raw);
        if (plain == null) {
            jsoupDecodes++;
            return Parser.unescapeEntities(raw, false);
        }
        return plain;
    }

    /** Whether the text token is only white space (which jsoup keeps in place even inside a table). */
    boolean isBlankText() {
        reads += textEnd - tokenStart;
        for (int i = tokenStart; i < textEnd; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
