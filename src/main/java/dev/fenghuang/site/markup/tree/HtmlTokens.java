package dev.fenghuang.site.markup.tree;

import java.util.Locale;
import org.jsoup.nodes.Attributes;

/**
 * The tokens of a page for {@link WellFormedHtml}: text runs, start and end tags, comments, the doctype. It reads
 * the plain forms only; anything the HTML tokenizer would treat as an error or a special case (a bogus comment,
 * {@code <?…>}, a broken attribute, a quote inside an unquoted value, a comment holding {@code --}) throws
 * {@link NotWellFormed} and the page goes to jsoup. Character references are decoded by jsoup's own decoder.
 */
final class HtmlTokens {
    enum Kind { TEXT, START, END, COMMENT, DOCTYPE, EOF }

    /**
     * Tag and attribute names a page uses most, by length and first letter ({@code [length * 26 + letter]}): a name
     * found here is given without a lower-cased copy of the text (on a page with CJK text every copy is re-encoded).
     */
    private static final String[][] NAMES = names("a", "b", "i", "p", "s", "u", "br", "dd", "dl", "dt", "em", "h1",
            "h2", "h3", "h4", "h5", "h6", "hr", "id", "li", "ol", "td", "th", "tr", "ul", "alt", "big", "c", "col",
            "dir", "div", "img", "rel", "src", "sup", "sub", "xmp", "abbr", "area", "base", "body", "cite", "code",
            "font", "form", "head", "href", "html", "lang", "link", "meta", "name", "size", "span", "type", "align",
            "class", "color", "embed", "face", "input", "label", "style", "table", "tbody", "tfoot", "thead", "title",
            "value", "width", "border", "button", "center", "action", "height", "iframe", "method", "onclick",
            "script", "select", "strong", "target", "textarea", "charset", "content", "hidefocus", "autocomplete",
            "blockquote", "onkeydown", "cellpadding", "cellspacing", "onmouseover");

    private final String html;
    private int pos;
    Kind kind;
    /** A tag's lower-case name. */
    String name;
    /** A start tag's attributes, names lower-cased, the first of a repeated name kept. */
    Attributes attributes;
    boolean selfClosing;
    /** A text run (decoded), a comment's data or the doctype's name. */
    String text;

    HtmlTokens(String html) {
        this.html = html;
    }

    Kind next() {
        int length = html.length();
        if (pos >= length) {
            return kind = Kind.EOF;
        }
        int start = pos;
        int at = pos;
        while (true) {
            at = html.indexOf('<', at);
            if (at < 0 || at + 1 >= length) {
                at = at < 0 ? length : at;
                if (at < length) {
                    throw NotWellFormed.INSTANCE;
                }
                break;
            }
            char c = html.charAt(at + 1);
            if (isLetter(c) || c == '/' || c == '!') {
                break;
            }
            if (c == '?') {
                throw NotWellFormed.INSTANCE;
            }
            at++;
        }
        if (at > start) {
            pos = at;
            text = decode(html.substring(start, at), false);
            return kind = Kind.TEXT;
        }
        char c = html.charAt(pos + 1);
        if (c == '/') {
            return endTag();
        }
        if (c == '!') {
            return markupDeclaration();
        }
        return startTag();
    }

    /** The text of a raw-text or RCDATA element up to its end tag, which is consumed. */
    String rawText(String tag) {
        int at = pos;
        while (true) {
            at = html.indexOf("</", at);
            if (at < 0) {
                throw NotWellFormed.INSTANCE;
            }
            int after = at + 2 + tag.length();
            if (html.regionMatches(true, at + 2, tag, 0, tag.length()) && after < html.length()) {
                char c = html.charAt(after);
                if (c == '>') {
                    String raw = html.substring(pos, at);
                    pos = after + 1;
                    return raw;
                }
                if (isSpace(c) || c == '/') {
                    throw NotWellFormed.INSTANCE;
                }
            }
            at += 2;
        }
    }

    /** Skips one newline right after a start tag, as the parser does for {@code <pre>}. */
    void skipNewline() {
        if (pos < html.length() && html.charAt(pos) == '\n') {
            pos++;
        }
    }

    private Kind startTag() {
        int at = pos + 1;
        int nameEnd = nameEnd(at);
        name = lowerName(at, nameEnd);
        attributes = new Attributes();
        selfClosing = false;
        at = nameEnd;
        while (true) {
            at = skipSpace(at);
            if (at >= html.length()) {
                throw NotWellFormed.INSTANCE;
            }
            char c = html.charAt(at);
            if (c == '>') {
                pos = at + 1;
                return kind = Kind.START;
            }
            if (c == '/') {
                if (at + 1 < html.length() && html.charAt(at + 1) == '>') {
                    selfClosing = true;
                    pos = at + 2;
                    return kind = Kind.START;
                }
                throw NotWellFormed.INSTANCE;
            }
            at = attribute(at);
        }
    }

    /** Reads one attribute at {@code at}; gives the index after it. */
    private int attribute(int at) {
        int start = at;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                break;
            }
            if (c == '"' || c == '\'' || c == '<') {
                throw NotWellFormed.INSTANCE;
            }
            at++;
        }
        if (at == start) {
            throw NotWellFormed.INSTANCE;
        }
        String key = lowerName(start, at);
        at = skipSpace(at);
        String value = null;
        if (at < html.length() && html.charAt(at) == '=') {
            at = skipSpace(at + 1);
            if (at >= html.length()) {
                throw NotWellFormed.INSTANCE;
            }
            char quote = html.charAt(at);
            if (quote == '"' || quote == '\'') {
                int end = html.indexOf(quote, at + 1);
                if (end < 0 || end + 1 >= html.length()) {
                    throw NotWellFormed.INSTANCE;
                }
                char after = html.charAt(end + 1);
                if (!isSpace(after) && after != '/' && after != '>') {
                    throw NotWellFormed.INSTANCE;
                }
                value = decode(html.substring(at + 1, end), true);
                at = end + 1;
            } else {
                int end = at;
                while (end < html.length() && !isSpace(html.charAt(end)) && html.charAt(end) != '>') {
                    char c = html.charAt(end);
                    if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') {
                        throw NotWellFormed.INSTANCE;
                    }
                    end++;
                }
                if (end == at) {
                    throw NotWellFormed.INSTANCE;
                }
                value = decode(html.substring(at, end), true);
                at = end;
            }
        }
        if (!attributes.hasKey(key)) {
            attributes.add(key, value);
        }
        return at;
    }

    private Kind endTag() {
        int at = pos + 2;
        if (at >= html.length() || !isLetter(html.charAt(at))) {
            throw NotWellFormed.INSTANCE;
        }
        int nameEnd = nameEnd(at);
        name = lowerName(at, nameEnd);
        at = skipSpace(nameEnd);
        if (at >= html.length() || html.charAt(at) != '>') {
            throw NotWellFormed.INSTANCE;
        }
        pos = at + 1;
        return kind = Kind.END;
    }

    private Kind markupDeclaration() {
        if (html.startsWith("<!--", pos)) {
            int end = html.indexOf("-->", pos + 4);
            if (end < 0) {
                throw NotWellFormed.INSTANCE;
            }
            String data = html.substring(pos + 4, end);
            if (data.startsWith(">") || data.startsWith("->") || data.contains("--") || data.endsWith("-")) {
                throw NotWellFormed.INSTANCE;
            }
            text = data;
            pos = end + 3;
            return kind = Kind.COMMENT;
        }
        if (html.regionMatches(true, pos, "<!doctype html>", 0, 15)) {
            text = "html";
            pos += 15;
            return kind = Kind.DOCTYPE;
        }
        throw NotWellFormed.INSTANCE;
    }

    private static String[][] names(String... names) {
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        String[][] table = new String[(longest + 1) * 26][0];
        for (String name : names) {
            int slot = name.length() * 26 + name.charAt(0) - 'a';
            table[slot] = java.util.Arrays.copyOf(table[slot], table[slot].length + 1);
            table[slot][table[slot].length - 1] = name;
        }
        return table;
    }

    /**
     * The name from {@code from} to {@code to} in lower case, as {@code toLowerCase(Locale.ROOT)} gives it: one of
     * {@link #NAMES} when the text is that name in any ASCII case, else a lower-cased copy.
     */
    private String lowerName(int from, int to) {
        char first = asciiLower(html.charAt(from));
        int slot = (to - from) * 26 + first - 'a';
        if (first >= 'a' && first <= 'z' && slot < NAMES.length) {
            for (String known : NAMES[slot]) {
                if (isAsciiCase(from, known)) {
                    return known;
                }
            }
        }
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** Whether the text at {@code at} is {@code lower} (lower-case ASCII), its ASCII letters in any case. */
    private boolean isAsciiCase(int at, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (asciiLower(html.charAt(at + i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The end of a tag name that starts with a letter at {@code at}: letters and digits only. */
    private int nameEnd(int at) {
        int end = at + 1;
        while (end < html.length() && isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        if (end >= html.length()) {
            throw NotWellFormed.INSTANCE;
        }
        char c = html.charAt(end);
        if (!isSpace(c) && c != '/' && c != '>') {
            throw NotWellFormed.INSTANCE;
        }
        return end;
    }

    private int skipSpace(int at) {
        while (at < html.length() && isSpace(html.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String decode(String raw, boolean inAttribute) {
        return References.decode(raw, inAttribute);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
    }
}
