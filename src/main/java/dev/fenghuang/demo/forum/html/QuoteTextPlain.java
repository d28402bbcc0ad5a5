package dev.fenghuang.demo.forum.html;

/** A post's text without any BBCode, quotes, code or hidden parts, on one line: the search excerpt's source. */
public final class QuoteTextPlain {
    private QuoteTextPlain() {
    }

    public static String of(String message) {
        return message.replaceAll("(?s)\\[quote].*?\\[/quote]", "").replaceAll("(?s)\\[code].*?\\[/code]", "")
                .replaceAll("(?s)\\[hide].*?\\[/hide]", "").replaceAll("(?s)\\[i=s].*?\\[/i]", "")
                .replaceAll("\\[(attach|attachimg|img)][^\\[]*\\[/\\1]", "").replaceAll("\\[/?[a-z]+(=[^\\]]*)?]", "")
                .replaceAll("\\s+", " ").strip();
    }
}
