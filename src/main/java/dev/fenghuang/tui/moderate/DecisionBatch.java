package dev.fenghuang.tui.moderate;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions taken on the queue screen and not yet sent, the marked entries, and the reasons given for
 * deletions. It outlives page turns and a lapsed admin session; it holds only the entries decided or marked, so
 * memory grows with what the moderator does, not with the queue. All of it was listed under one filter.
 *
 * @param <F> what a listing is chosen by (the comment queue's filter, the forum queue's)
 */
public final class DecisionBatch<F> {
    private final Map<Long, Decision> decisions = new LinkedHashMap<>();
    private final Map<Long, QueueEntry> entries = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Set<Long> marked = new LinkedHashSet<>();
    private F filter;

    /** The filter the decided and marked entries were listed under; null while empty. */
    public F filter() {
        return isEmpty() ? null : filter;
    }

    public boolean isEmpty() {
        return decisions.isEmpty() && marked.isEmpty();
    }

    /** Whether the entries of a page listed under {@code other} may join this batch. */
    public boolean accepts(F other) {
        return isEmpty() || filter.equals(other);
    }

    /** The entries a decision applies to: the marked ones when there are any, else the selected one. */
    public List<QueueEntry> targets(QueueEntry selected) {
        if (!marked.isEmpty()) {
            List<QueueEntry> out = new ArrayList<>();
            marked.forEach(cid -> out.add(entries.get(cid)));
            return out;
        }
        return selected == null ? List.of() : List.of(selected);
    }

    /** Decides about the entries; the marks are used up. A blank reason keeps none. */
    public void decide(Collection<QueueEntry> targets, Decision decision, String reason, F listedUnder) {
        filter = isEmpty() ? listedUnder : filter;
        for (QueueEntry e : targets) {
            decisions.remove(e.cid());
            decisions.put(e.cid(), decision);
            entries.put(e.cid(), e);
            if (decision == Decision.DELETE && reason != null && !reason.isBlank()) {
                reasons.put(e.cid(), reason.strip());
            } else {
                reasons.remove(e.cid());
            }
        }
        marked.clear();
    }

    /** Takes back the decisions about these entries; they stay marked if they were. */
    public void undo(Collection<QueueEntry> targets) {
        for (QueueEntry e : targets) {
            decisions.remove(e.cid());
            reasons.remove(e.cid());
            if (!marked.contains(e.cid())) {
                entries.remove(e.cid());
            }
        }
    }

    public void toggleMark(QueueEntry e, F listedUnder) {
        filter = isEmpty() ? listedUnder : filter;
        if (!marked.remove(e.cid())) {
            marked.add(e.cid());
            entries.put(e.cid(), e);
        } else if (!decisions.containsKey(e.cid())) {
            entries.remove(e.cid());
        }
    }

    /** Marks every entry of the page; when all are marked already, unmarks them. */
    public void markAll(List<QueueEntry> page, F listedUnder) {
        boolean all = !page.isEmpty() && page.stream().allMatch(e -> marked.contains(e.cid()));
        for (QueueEntry e : page) {
            if (all == marked.contains(e.cid())) {
                toggleMark(e, listedUnder);
            }
        }
    }

    public Decision decision(long cid) {
        return decisions.get(cid);
    }

    public boolean isMarked(long cid) {
        return marked.contains(cid);
    }

    public int size() {
        return decisions.size();
    }

    public int markedCount() {
        return marked.size();
    }

    public Map<Long, Decision> decisions() {
        return new LinkedHashMap<>(decisions);
    }

    public Map<Long, QueueEntry> known() {
        Map<Long, QueueEntry> out = new HashMap<>();
        decisions.keySet().forEach(cid -> out.put(cid, entries.get(cid)));
        return out;
    }

    public Map<Long, String> reasons() {
        return new HashMap<>(reasons);
    }

    /** Forgets the decisions that were sent (whatever became of them); marks stay. */
    public void sent(Collection<Long> cids) {
        for (Long cid : cids) {
            decisions.remove(cid);
            reasons.remove(cid);
            if (!marked.contains(cid)) {
                entries.remove(cid);
            }
        }
    }
}
