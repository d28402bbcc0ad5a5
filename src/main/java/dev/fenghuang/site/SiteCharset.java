package dev.fenghuang.site;

import dev.fenghuang.model.UnencodableText;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;

/** Whether text fits the site charset, checked before anything is sent (a GBK site cannot store an emoji). */
public final class SiteCharset {
    private SiteCharset() {
    }

    /** @throws UnencodableText naming each character the charset cannot carry, once, in order */
    public static void check(String text, Charset charset) throws UnencodableText {
        if (text == null || text.isEmpty()) {
            return;
        }
        CharsetEncoder encoder = charset.newEncoder();
        List<String> bad = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (!encoder.canEncode(ch) && !bad.contains(ch)) {
                bad.add(ch);
            }
        });
        if (!bad.isEmpty()) {
            throw new UnencodableText(bad, charset.name());
        }
    }
}
