package dev.fenghuang.model;

/**
 * How a site answered a write (a login, a comment, a reaction, a favourite). Expected refusals are values, not
 * exceptions; a broken world (no answer, an unreadable answer) is an {@link java.io.IOException} instead.
 */
public sealed interface PostResult {

    /**
     * The site accepted it.
     *
     * @param message the site's own words (trimmed), possibly empty
     * @param id the id of what was made where the site says it (cid, favid, uid), else 0
     * @param pending true when the site accepted it but holds it for moderation (待审核)
     */
    record Posted(String message, long id, boolean pending) implements PostResult {
    }

    /** The site refused, in its own words; nothing was stored. */
    record Refused(SiteMessage message) implements PostResult {
    }

    /** Only a signed-in member may do this, or the session has ended. */
    record NeedsLogin(SiteMessage message) implements PostResult {
    }

    /** The site wants a captcha answered first. */
    record NeedsCaptcha(Captcha captcha, SiteMessage message) implements PostResult {
    }

    default boolean accepted() {
        return this instanceof Posted;
    }
}
