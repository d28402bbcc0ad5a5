package dev.fenghuang.site.forum;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A thread subject's length as Discuz measures it ({@code dstrlen()} of the HTML-escaped subject, 4.5): on a UTF-8
 * site every character outside ASCII counts 2 (so 40 Chinese characters fill the limit, not 26 as UTF-8 bytes
 * would); on any other charset the length is the subject's bytes in that charset (2 per Chinese character in GBK).
 */
public final class SubjectLength {
    /** {@code maxsubjectsize}, the default limit for groups without {@code disablepostctrl}. */
    public static final int MAX = 80;

    private SubjectLength() {
    }

    public static int units(String subject, Charset charset) {
        String escaped = subject.strip().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
        if (charset.equals(StandardCharsets.UTF_8)) {
            return escaped.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
        }
        return escaped.getBytes(charset).length;
    }

    public static boolean fits(String subject, Charset charset) {
        return units(subject, charset) <= MAX;
    }
}
