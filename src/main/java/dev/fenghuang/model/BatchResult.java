package dev.fenghuang.model;

import java.util.List;
import java.util.Optional;

/**
 * What a batch of decisions did, one outcome per comment, counted by the client. The site's own success message
 * is kept for the record only: its counts are wrong (it reports approvals for deletions and nothing for ignores).
 *
 * @param outcomes one per decided comment, in the order given
 * @param siteMessage what the site said, trimmed; empty when it said nothing
 */
public record BatchResult(List<DecisionOutcome> outcomes, String siteMessage) {
    public BatchResult {
        outcomes = List.copyOf(outcomes);
        siteMessage = siteMessage == null ? "" : siteMessage.strip();
    }

    /** Whether every decision is confirmed. */
    public boolean allApplied() {
        return outcomes.stream().allMatch(o -> o.fate() == DecisionOutcome.Fate.APPLIED);
    }

    /** How many decisions ended with this fate. */
    public long count(DecisionOutcome.Fate fate) {
        return outcomes.stream().filter(o -> o.fate() == fate).count();
    }

    public Optional<DecisionOutcome> of(long cid) {
        return outcomes.stream().filter(o -> o.cid() == cid).findFirst();
    }
}
