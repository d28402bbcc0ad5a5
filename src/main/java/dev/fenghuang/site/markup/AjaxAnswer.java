package dev.fenghuang.site.markup;

import dev.fenghuang.model.SiteMessage;
import java.util.Map;

/**
 * An {@code inajax=1} answer as read from its XML envelope.
 *
 * @param callback which handler the server called, or what else the fragment is
 * @param url the forward URL of a {@code succeedhandle_} call or a redirect; empty otherwise
 * @param message the message text (trailing spaces removed), classified; empty text for plain fragments
 * @param values the call's values object, e.g. {@code {waittime=15}}
 * @param fragment the HTML fragment inside the CDATA section, as sent
 */
public record AjaxAnswer(Callback callback, String url, SiteMessage message, Map<String, String> values,
                         String fragment) {
    /** What the fragment does. */
    public enum Callback {
        /** {@code succeedhandle_KEY('URL', 'MESSAGE', {…})}: the message carried a forward URL. */
        SUCCEED,
        /** {@code errorhandle_KEY('MESSAGE', {…})}: no forward URL; errors and a few successes. */
        ERROR,
        /** {@code window.location.href='URL'} only. */
        REDIRECT,
        /** A form or other fragment; parse it as HTML. */
        FRAGMENT
    }

    public AjaxAnswer {
        url = url == null ? "" : url;
        values = Map.copyOf(values);
        fragment = fragment == null ? "" : fragment;
    }
}
