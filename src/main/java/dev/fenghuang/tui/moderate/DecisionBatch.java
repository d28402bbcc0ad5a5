package dev.fenghuang.tui.moderate;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
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
 */
final class DecisionBatch {
    private final Map<Long, Decision> decisions = new LinkedHashMap<>();
    private final Map<Long, QueueEntry> entries = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Set<Long> marked = new LinkedHashSet<>();
    private QueueFilter filter;

    /** The filter the decided and marked entries were listed under; null while empty. */
    QueueFilter filter() {
        return isEmpty() ? null : filter;
    }

    boolean isEmpty() {
        return decisions.isEmpty() && marked.isEmpty();
    }

    /** Whether the entries of a page listed under {@code other} may join this batch. */
    boolean accepts(QueueFilter other) {
        return isEmpty() || filter.equals(other);
    }

    /** The entries a decision applies to: the marked ones when there are any, else the selected one. */
    List<QueueEntry> targets(QueueEntry selected) {
        if (!marked.isEmpty()) {
            List<QueueEntry> out = new ArrayList<>();
            marked.forEach(cid -> out.add(entries.get(cid)));
            return out;
        }
        return selected == null ? List.of() : List.of(selected);
    }

    /** Decides about the entries; the marks are used up. A blank reason keeps none. */
    void decide(Collection<QueueEntry> targets, Decision decision, String reason, QueueFilter listedUnder) {
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
    void undo(Collection<QueueEntry> targets) {
        for (QueueEntry e : targets) {
            decisions.remove(e.cid());
            reasons.remove(e.cid());
            if (!marked.contains(e.cid())) {
                entries.remove(e.cid());
            }
        }
    }

    void toggleMark(QueueEntry e, QueueFilter listedUnder) {
        filter = isEmpty() ? listedUnder : filter;
        if (!marked.remove(e.cid())) {
            marked.add(e.cid());
            entries.put(e.cid(), e);
        } else if (!decisions.containsKey(e.cid())) {
            entries.remove(e.cid());
        }
    }

    /** Marks every entry of the page; when all are marked already, unmarks them. */
    void markAll(List<QueueEntry> page, QueueFilter listedUnder) {
        boolean all = !page.isEmpty() && page.stream().allMatch(e -> marked.contains(e.cid()));
        for (QueueEntry e : page) {
            if (all == marked.contains(e.cid())) {
                toggleMark(e, listedUnder);
            }
        }
    }

    Decision decision(long cid) {
        return decisions.get(cid);
    }

    boolean isMarked(long cid) {
        return marked.contains(cid);
    }

    int size() {
        return decisions.size();
    }

    int markedCount() {
        return marked.size();
    }

    Map<Long, Decision> decisions() {
        return new LinkedHashMap<>(decisions);
    }

    Map<Long, QueueEntry> known() {
        Map<Long, QueueEntry> out = new HashMap<>();
        decisions.keySet().forEach(cid -> out.put(cid, entries.get(cid)));
        return out;
    }

    Map<Long, String> reasons() {
        return new HashMap<>(reasons);
    }

    /** Forgets the decisions that were sent (whatever became of them); marks stay. */
    void sent(Collection<Long> cids) {
        for (Long cid : cids) {
            decisions.remove(cid);
            reasons.remove(cid);
            if (!marked.contains(cid)) {
                entries.remove(cid);
            }
        }
    }
}
