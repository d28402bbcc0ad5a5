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
        name = html.substring(at, nameEnd).toLowerCase(Locale.ROOT);
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
        String key = html.substring(start, at).toLowerCase(Locale.ROOT);
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
        name = html.substring(at, nameEnd).toLowerCase(Locale.ROOT);
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
