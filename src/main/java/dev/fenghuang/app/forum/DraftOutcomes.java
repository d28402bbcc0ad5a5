package dev.fenghuang.app.forum;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Participation;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.IOException;
import java.util.Optional;

/**
 * What becomes of a kept draft once a send has an answer, or none: accepted, it goes; a refusal the client could not
 * name, or no answer at all, is checked against the site before the draft's sending mark goes.
 */
final class DraftOutcomes {
    private DraftOutcomes() {
    }

    @FunctionalInterface
    interface Lookup {
        Optional<ForumWrite> find() throws IOException;
    }

    /**
     * The site answered. Accepted: the draft goes. A refusal the client could not name is no proof nothing was
     * stored, so the site is asked before the mark goes; a refusal it knows is believed.
     */
    static ForumWrite settled(DraftStore store, DraftStore.Draft draft, ForumWrite written, long sentAfter,
                              Lookup lookup) throws IOException {
        if (written.accepted()) {
            store.delete(draft);
            store.deleteCopies(draft.aid(), draft.text());
            return written;
        }
        if (sentAfter < 0) {
            return written;
        }
        if (written.result() instanceof PostResult.Refused r && r.message().kind() == SiteMessage.Kind.OTHER
                && ForumParticipation.waitSeconds(written.result()) == 0) {
            Optional<ForumWrite> arrived;
            try {
                arrived = lookup.find();
            } catch (IOException cannotCheck) {
                return written; // the mark stays: the next attempt asks first
            }
            if (arrived.isPresent()) {
                return confirmed(store, draft, arrived.get());
            }
        }
        store.clearSending(draft);
        return written;
    }

    static ForumWrite afterFailure(DraftStore store, DraftStore.Draft draft, Lookup lookup, IOException failure)
            throws IOException {
        Optional<ForumWrite> arrived;
        try {
            arrived = lookup.find();
        } catch (IOException stillDown) {
            throw new Participation.OutcomeUnknown(failure);
        }
        if (arrived.isPresent()) {
            return confirmed(store, draft, arrived.get());
        }
        throw new MaybeHeld(failure); // the mark stays: not sent again unasked
    }

    static ForumWrite confirmed(DraftStore store, DraftStore.Draft draft, ForumWrite found) throws IOException {
        store.delete(draft);
        store.deleteCopies(draft.aid(), draft.text());
        return found;
    }
}
