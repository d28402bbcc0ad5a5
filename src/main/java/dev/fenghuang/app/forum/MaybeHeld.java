package dev.fenghuang.app.forum;

import java.io.IOException;

/**
 * A reply or thread an earlier attempt may have brought to the site, and which is not where the site shows it: it
 * may be waiting for moderation, which hides a post even from its author (4.10 of the protocol reference), or it may
 * never have arrived. Nothing is sent again unasked, since a resend of a held post leaves a second held copy; the
 * draft is kept, still marked, until the user chooses to send it anyway.
 */
public final class MaybeHeld extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param cause the failure of the attempt that just went, or null when an earlier run's attempt is in question */
    MaybeHeld(IOException cause) {
        super("an earlier attempt may have reached the site and the text is not where the site shows it: it may be "
                + "waiting for moderation (hidden even from its author), or it never arrived; nothing was sent again "
                + "and the draft is kept", cause);
    }
}
