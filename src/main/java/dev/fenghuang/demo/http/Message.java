package dev.fenghuang.demo.http;

import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.page.MessageAnswer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code showmessage} outcome (1.7): the text with its placeholders filled, the values handed to the
 * page's callbacks, and how it wants to be shown. {@link MessageAnswer} turns it into the answer the
 * request asks for.
 *
 * @param values ordered, as the site prints them in {@code {'k':'v'}}
 * @param forward the forward URL, null for none (then ajax answers call {@code errorhandle_})
 * @param extra script appended after the callback inside the same {@code <script>}
 * @param inline true when the code forces text + script (msgtype 3) even for an ajax GET
 * @param success true for a {@code _succeed}/{@code _success} key ({@code alert_right})
 * @param login true when a guest is sent to log in (ajax GET: 302 to the login form)
 * @param quick true for a key on the quick-forward list: a plain request gets a bare 301
 * @param status the HTTP status of the answer
 * @param stored true when the request changed stored data (for {@link Fault#DROP_AFTER_WRITE})
 */
public record Message(String text, Map<String, String> values, String forward, String extra, boolean inline,
        boolean success, boolean login, boolean quick, int status, boolean stored) {
    public Message {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Message of(String text) {
        return new Message(text, Map.of(), null, "", false, false, false, false, 200, false);
    }

    public Message value(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(key, String.valueOf(value));
        return new Message(text, more, forward, extra, inline, success, login, quick, status, stored);
    }

    public Message forward(String url) {
        return new Message(text, values, url, extra, inline, success, login, quick, status, stored);
    }

    public Message extra(String script) {
        return new Message(text, values, forward, script, inline, success, login, quick, status, stored);
    }

    public Message forcedInline() {
        return new Message(text, values, forward, extra, true, success, login, quick, status, stored);
    }

    public Message succeeded() {
        return new Message(text, values, forward, extra, inline, true, login, quick, status, stored);
    }

    public Message needsLogin() {
        return new Message(text, values, forward, extra, inline, success, true, quick, status, stored);
    }

    /** On the quick-forward list ({@code do_success}): a plain request gets a bare 301. */
    public Message quickForward() {
        return new Message(text, values, forward, extra, inline, true, login, true, status, stored);
    }

    public Message wrote() {
        return new Message(text, values, forward, extra, inline, success, login, quick, status, true);
    }

    public Message status(int code) {
        return new Message(text, values, forward, extra, inline, success, login, quick, code, stored);
    }
}
