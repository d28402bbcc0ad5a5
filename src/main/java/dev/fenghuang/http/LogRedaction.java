package dev.fenghuang.http;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The one place where what goes to the log is stripped of secrets: values of query and form parameters whose
 * names say they hold one (hashes, tokens, session ids, passwords, answers, codes) become {@code ***}.
 */
public final class LogRedaction {
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;]|\\b)((?:[\\w.-]*(?:hash|token|auth|sid|session|pass|pw|secret|answer|code|key|cookie)[\\w.-]*)=)"
                    + "[^&#\\s\"'<>]*");

    private LogRedaction() {
    }

    /** The URL with secret parameter values replaced. */
    public static String url(URI url) {
        return url == null ? "null" : text(url.toString());
    }

    /** Any text (an error message quoting a URL) with secret parameter values replaced. */
    public static String text(String text) {
        return text == null ? "null" : SECRET_PARAMETER.matcher(text).replaceAll("$1$2***");
    }
}
