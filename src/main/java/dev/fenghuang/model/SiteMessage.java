package dev.fenghuang.model;

import java.util.Map;

/**
 * A message the site shows instead of the page asked for (Discuz's showmessage), in the site's words.
 *
 * @param text the message text, trimmed, tags removed
 * @param kind what sort of refusal it is, as far as the client can tell
 * @param values the values the site attached (e.g. {@code waittime}, {@code loginperm}); often empty
 */
public record SiteMessage(String text, Kind kind, Map<String, String> values) {
    public enum Kind {
        /** The thing asked for does not exist (or is hidden pending moderation). */
        NOT_FOUND,
        /** The viewer may not see it, or must log in. */
        NO_PERMISSION,
        /** Closed: a category, the portal, the site. */
        CLOSED,
        /** Too soon after the last post (flood control); {@code values} may say how long to wait. */
        TOO_FAST,
        /** Sign-in refused: wrong password, locked, security question, captcha. */
        LOGIN_FAILED,
        /**
         * Not the site's word: the page offers no such choice (a reaction it does not show); {@code values} hold
         * {@code wanted} and {@code offered}, the choices as the page names them.
         */
        NOT_OFFERED,
        /** What was asked is so already: the thing is among the favourites ({@code favorite_repeat}). */
        ALREADY_DONE,
        /** Anything else the site said. */
        OTHER
    }

    public SiteMessage {
        text = text == null ? "" : text.strip();
        kind = kind == null ? Kind.OTHER : kind;
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public SiteMessage(String text, Kind kind) {
        this(text, kind, Map.of());
    }
}
