package dev.fenghuang.demo.forum.html;

import dev.fenghuang.demo.http.HtmlText;
import java.net.URLEncoder;
import java.nio.charset.Charset;

/** Escaping and counting of forum text the way Discuz does it. */
public final class ForumHtml {
    private ForumHtml() {
    }

    /** {@code dhtmlspecialchars}: escapes {@code & " < >}; single quotes stay (as the portal's pages do). */
    public static String escape(String text) {
        return HtmlText.escape(text);
    }

    public static String url(String text, Charset charset) {
        return URLEncoder.encode(text, charset);
    }

    /**
     * {@code dstrlen}: width units, one for an ASCII character and two for any other (so 80 units are 40 Chinese
     * characters, on UTF-8 and GBK sites alike).
     */
    public static int width(String text) {
        return text.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
    }

    /** {@code strlen}: bytes in the site charset. */
    public static int bytes(String text, Charset charset) {
        return text.getBytes(charset).length;
    }

    /**
     * {@code cutstr(text, length)} with {@code " ..."}: unchanged when its bytes in the charset fit; else cut where
     * the width reaches {@code length} and {@code " ..."} added — even when nothing was cut (pitfall 30).
     */
    public static String cut(String text, int length, Charset charset) {
        if (bytes(text, charset) <= length) {
            return text;
        }
        int units = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int unit = c < 0x80 ? 1 : 2;
            end += Character.charCount(c);
            units += unit;
            if (units >= length) {
                if (units > length) {
                    end -= Character.charCount(c);
                }
                break;
            }
        }
        return text.substring(0, end) + " ...";
    }
}
