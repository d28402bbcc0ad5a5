package dev.fenghuang.demo.forum.html;

import dev.fenghuang.demo.forum.state.ForumPost;

/**
 * The text a quote carries of the quoted post (4.4): quotes, code, hidden parts and edit stamps dropped, the other
 * BBCode tags removed, at most three lines and {@value #MAX_CHARS} characters (then {@code " ..."}).
 */
public final class QuoteText {
    static final int MAX_CHARS = 100;
    private static final int MAX_LINES = 3;

    private QuoteText() {
    }

    /** The {@code [quote]} a reply through 回复 on a reply carries (4.4), then a blank line. */
    public static String block(ForumPost quoted) {
        return "[quote][size=2][url=forum.php?mod=redirect&goto=findpost&pid=" + quoted.pid() + "&ptid="
                + quoted.tid() + "][color=#999999]" + quoted.author().name() + " 发表于 "
                + ForumTime.minutes(quoted.dateline()) + "[/color][/url][/size]\n" + of(quoted.message())
                + "[/quote]\n\n";
    }

    public static String of(String message) {
        String text = message.replaceAll("(?s)\\[quote].*?\\[/quote]\\s*", "")
                .replaceAll("(?s)\\[code].*?\\[/code]", "").replaceAll("(?s)\\[hide].*?\\[/hide]", "")
                .replaceAll("(?s)\\[i=s].*?\\[/i]\\s*", "").replaceAll("\\[/?[a-z]+(=[^\\]]*)?]", "").strip();
        String[] lines = text.split("\n");
        if (lines.length > MAX_LINES) {
            text = String.join("\n", java.util.Arrays.copyOf(lines, MAX_LINES));
        }
        return text.codePointCount(0, text.length()) > MAX_CHARS
                ? text.substring(0, text.offsetByCodePoints(0, MAX_CHARS)) + " ..." : text;
    }
}
