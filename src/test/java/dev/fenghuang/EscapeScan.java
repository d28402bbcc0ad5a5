package dev.fenghuang;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds what must never reach a terminal in output: ESC and every other C0 control but line feed and tab, DEL, the
 * C1 controls, format characters (zero-width, bidi, BOM) and the line and paragraph separators. Scans the bytes as
 * written, so a character that a JSON escape hides is found in the decoded strings by {@link #inJson}.
 */
public final class EscapeScan {
    private EscapeScan() {
    }

    /** Each forbidden code point in the UTF-8 bytes, as {@code U+XXXX at N}; empty when the bytes are clean. */
    public static List<String> inBytes(byte[] utf8) {
        return inText(new String(utf8, StandardCharsets.UTF_8));
    }

    /** Each forbidden code point in the text, as {@code U+XXXX at N}. */
    public static List<String> inText(String text) {
        List<String> found = new ArrayList<>();
        text.codePoints().forEach(new java.util.function.IntConsumer() {
            int at;

            @Override
            public void accept(int cp) {
                if (forbidden(cp)) {
                    found.add(String.format("U+%04X at %d", cp, at));
                }
                at++;
            }
        });
        return found;
    }

    /** Each forbidden code point in any string (key or value) of the JSON document. */
    public static List<String> inJson(String json) {
        List<String> found = new ArrayList<>();
        walk(JsonParser.parseString(json), found);
        return found;
    }

    private static void walk(JsonElement e, List<String> found) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> walk(x, found));
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                inText(m.getKey()).forEach(f -> found.add(m.getKey() + ": " + f));
                walk(m.getValue(), found);
            }
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            inText(s).forEach(f -> found.add(f + " in " + s));
        }
    }

    static boolean forbidden(int cp) {
        return cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7F && cp <= 0x9F || cp == 0x2028 || cp == 0x2029
                || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp) && cp <= 0xFFFF;
    }
}
