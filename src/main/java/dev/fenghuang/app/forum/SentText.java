package dev.fenghuang.app.forum;

import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.PostBlock;
import java.util.regex.Pattern;

/**
 * Whether a floor shows a text that was sent: the sent BBCode without its tags, against the floor's own paragraphs
 * and code (quotes of other posts left out), all white space removed, since the site renders line breaks and
 * spaces its own way. Pure.
 */
final class SentText {
    private static final Pattern BBCODE = Pattern.compile("\\[/?[a-zA-Z*]+(=[^\\]]*)?]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private SentText() {
    }

    static boolean shows(Floor floor, String sent) {
        String want = squeeze(BBCODE.matcher(sent).replaceAll(""));
        if (want.isEmpty()) {
            return false;
        }
        StringBuilder own = new StringBuilder();
        for (PostBlock block : floor.blocks()) {
            if (block instanceof PostBlock.Paragraph p) {
                own.append(p.text());
            } else if (block instanceof PostBlock.Code c) {
                own.append(String.join("", c.lines()));
            }
        }
        return squeeze(own.toString()).contains(want);
    }

    /** A subject as lists show it (the site stores it HTML-escaped, 4.5) against the one sent. */
    static boolean sameSubject(String shown, String sent) {
        String a = squeeze(shown.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">"));
        return !a.isEmpty() && a.equals(squeeze(sent));
    }

    private static String squeeze(String text) {
        return SPACE.matcher(text).replaceAll("");
    }
}
