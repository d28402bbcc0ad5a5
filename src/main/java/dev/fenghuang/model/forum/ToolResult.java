package dev.fenghuang.model.forum;

import dev.fenghuang.model.DecisionOutcome.Fate;
import java.util.List;

/**
 * What a thread tool did, per thread or post, as the pages read afterwards show it (never by the site's message).
 *
 * @param outcomes one per target: the thread for thread actions, each post for post actions, in the order asked
 * @param siteMessage what the site said, trimmed; empty when it said nothing
 */
public record ToolResult(List<Outcome> outcomes, String siteMessage) {
    /**
     * @param id the tid or pid
     * @param text the thread's subject or the post's text, as read before acting ("" when not found)
     * @param fate APPLIED, NOT_APPLIED, UNKNOWN, or NOT_FOUND (a post that is not in the thread: not sent)
     * @param repliesWithIt for the deletion of a thread's first post, which deletes the thread: how many replies
     *     went with it; -1 for every other outcome
     */
    public record Outcome(long id, String text, Fate fate, int repliesWithIt) {
        public Outcome(long id, String text, Fate fate) {
            this(id, text, fate, -1);
        }

        /** Whether this is the deletion of a first post, that is of its whole thread. */
        public boolean wholeThread() {
            return repliesWithIt >= 0;
        }
    }

    public ToolResult {
        outcomes = List.copyOf(outcomes);
        siteMessage = siteMessage == null ? "" : siteMessage.strip();
    }

    public boolean allApplied() {
        return !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.fate() == Fate.APPLIED);
    }
}
