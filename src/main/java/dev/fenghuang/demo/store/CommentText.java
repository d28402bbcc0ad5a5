package dev.fenghuang.demo.store;

import dev.fenghuang.demo.http.HtmlText;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a posted comment becomes stored HTML (3.4): cut to 1000 width units with {@code " ..."}, HTML-escaped,
 * the BBCode subset converted ({@code [quote] [url] [b] [i] [u] [em:N:]}), line breaks to {@code <br />} and
 * runs of spaces to {@code &nbsp;}. And back, for editing and quoting.
 */
public final class CommentText {
    static final int MAX_WIDTH = 1000;
    static final int QUOTE_WIDTH = 150;
    private static final Pattern URL = Pattern.compile("\\[url\\](https?://[^\\[\\]\"<>\\s]+)\\[/url\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_URL = Pattern.compile("\\[url=(https?://[^\\[\\]\"<>\\s]+)\\](.*?)\\[/url\\]",
            Pattern.CASE_INSENSITIVE);

    private CommentText() {
    }

    /** Display width: 1 for ASCII, 2 for anything else. */
    static int width(String text) {
        return text.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
    }

    /** Cut to {@code max} width units followed by {@code " ..."}, or the text unchanged when it fits. */
    static String cut(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int w = c < 0x80 ? 1 : 2;
            if (used + w > max) {
                break;
            }
            out.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return out + " ...";
    }

    /** Shorter than two bytes in the site charset (a Chinese character is 3 bytes in UTF-8, 2 in GBK). */
    public static boolean tooShort(String text, Charset charset) {
        return text.getBytes(charset).length < 2;
    }

    /** The posted text as the processed message: trimmed and cut. */
    public static String prepare(String posted) {
        return cut(posted.replace("\r\n", "\n").strip(), MAX_WIDTH);
    }

    public static String toHtml(String message) {
        String html = HtmlText.escape(message);
        html = html.replaceAll("(?is)\\[quote\\](.*?)\\[/quote\\]", "<div class=\"quote\"><blockquote>$1</blockquote></div>");
        html = URL.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<a href=\"" + m.group(1) + "\" target=\"_blank\">" + m.group(1) + "</a>"));
        html = NAMED_URL.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<a href=\"" + m.group(1) + "\" target=\"_blank\">" + m.group(2) + "</a>"));
        for (String tag : new String[] {"b", "i", "u"}) {
            html = html.replaceAll("(?is)\\[" + tag + "\\](.*?)\\[/" + tag + "\\]", "<" + tag + ">$1</" + tag + ">");
        }
        html = html.replaceAll("\\[em:(\\d+):\\]", "<img src=\"static/image/smiley/comcom/$1.gif\" class=\"vm\">");
        return html.replace("\t", "&nbsp; &nbsp; &nbsp; &nbsp; ").replace("   ", "&nbsp; &nbsp;")
                .replace("  ", "&nbsp;&nbsp;").replace("\n", "<br />");
    }

    /** The BBCode form of stored HTML, as the edit form and the quote show it. */
    static String toBbcode(String html) {
        String text = html.replaceAll("<div class=\"quote\"><blockquote>(.*?)</blockquote></div>", "[quote]$1[/quote]")
                .replaceAll("<img src=\"static/image/smiley/comcom/(\\d+)\\.gif\" class=\"vm\">", "[em:$1:]")
                .replaceAll("<a href=\"([^\"]*)\" target=\"_blank\">\\1</a>", "[url]$1[/url]")
                .replaceAll("<a href=\"([^\"]*)\" target=\"_blank\">(.*?)</a>", "[url=$1]$2[/url]")
                .replaceAll("<(/?)([biu])>", "[$1$2]").replace("<br />", "\n").replaceAll("<[^>]*>", "");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** {@code [quote]NAME: TEXT[/quote]} + two LF: nested quotes removed, cut to 150 width units. */
    public static String quote(PortalComment comment) {
        String text = comment.message().replaceAll("(?is)\\[quote\\].*?\\[/quote\\]", "").strip();
        return "[quote]" + comment.author().name() + ": " + cut(text, QUOTE_WIDTH) + "[/quote]\n\n";
    }
}
