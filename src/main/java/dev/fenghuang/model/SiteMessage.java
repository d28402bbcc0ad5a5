package dev.fenghuang.model;

/**
 * A message the site shows instead of the page asked for (Discuz's showmessage), in the site's words.
 *
 * @param text the message text, trimmed, tags removed
 * @param kind what sort of refusal it is, as far as the client can tell
 */
public record SiteMessage(String text, Kind kind) {
    public enum Kind {
        /** The thing asked for does not exist (or is hidden pending moderation). */
        NOT_FOUND,
        /** The viewer may not see it, or must log in. */
        NO_PERMISSION,
        /** Closed: a category, the portal, the site. */
        CLOSED,
        /** Anything else the site said. */
        OTHER
    }

    public SiteMessage {
        text = text == null ? "" : text.strip();
        kind = kind == null ? Kind.OTHER : kind;
    }
}
