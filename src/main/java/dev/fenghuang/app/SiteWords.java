package dev.fenghuang.app;

import dev.fenghuang.model.SiteMessage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site said, as a person should read it. A site answers with its own words, which are shown as they are; but
 * Discuz shows a message's bare language key when it has no text for it ({@code aid_comment_is_forbidden} has none
 * in any release), and its mobile API answers with keys alone. Such a key is told in the user's language, from
 * {@code site.key.KEY} in the texts, with the values the site sent put in for their {@code {name}}; a key no text
 * covers is told as such, never printed bare.
 */
public final class SiteWords {
    /** What Discuz's language keys look like: lower-case words joined by underscores. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private SiteWords() {
    }

    /** The message's text, or for a bare key its text in the user's language. */
    public static String of(SiteMessage message, Texts texts) {
        return of(message.text(), message.values(), texts);
    }

    /** @param values what the site sent with the message ({@code waittime}, …); missing ones read "…" */
    public static String of(String text, Map<String, String> values, Texts texts) {
        String said = text == null ? "" : text.strip();
        if (!KEY.matcher(said).matches()) {
            return said;
        }
        String known = "site.key." + said;
        if (!texts.has(known)) {
            return texts.get("site.key.unknown", said);
        }
        Matcher m = PLACEHOLDER.matcher(texts.get(known));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "…")));
        }
        return m.appendTail(out).toString();
    }
}
