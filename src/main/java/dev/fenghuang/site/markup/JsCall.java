package dev.fenghuang.site.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the arguments of a Discuz handler call such as {@code succeedhandle_k('URL', 'MSG', {'a':'1'})}: single-
 * or double-quoted strings with backslash escapes, and one flat object literal of strings.
 */
public final class JsCall {
    private final String source;
    private int at;
    private final List<String> strings = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private JsCall(String source, int at) {
        this.source = source;
        this.at = at;
    }

    /** Parses the call whose opening parenthesis is at {@code open}. */
    public static JsCall at(String source, int open) {
        JsCall call = new JsCall(source, open + 1);
        call.readArguments();
        return call;
    }

    public List<String> strings() {
        return strings;
    }

    Map<String, String> values() {
        return values;
    }

    private void readArguments() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == ')') {
                return;
            } else if (c == '\'' || c == '"') {
                strings.add(readString());
            } else if (c == '{') {
                readObject();
            } else if (c == '[') {
                at = Math.max(at + 1, source.indexOf(']', at) + 1);
            } else {
                at++;
            }
        }
    }

    private void readObject() {
        at++;
        String key = null;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '}') {
                at++;
                return;
            } else if (c == '\'' || c == '"') {
                String text = readString();
                if (key == null) {
                    key = text;
                } else {
                    values.put(key, text);
                    key = null;
                }
            } else {
                at++;
            }
        }
    }

    private String readString() {
        char quote = source.charAt(at++);
        StringBuilder out = new StringBuilder();
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == quote) {
                break;
            }
            if (c == '\\' && at < source.length()) {
                char next = source.charAt(at++);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
