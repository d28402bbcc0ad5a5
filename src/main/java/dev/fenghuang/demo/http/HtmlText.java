package dev.fenghuang.demo.http;

/** Escaping of text for HTML, the way Discuz escapes stored text. */
public final class HtmlText {
    private HtmlText() {
    }

    /** Escapes {@code & " < >}; single quotes stay as they are. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
