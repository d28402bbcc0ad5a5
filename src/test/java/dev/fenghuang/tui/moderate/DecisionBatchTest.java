package dev.fenghuang.tui.moderate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionBatchTest {
    static final QueueFilter PENDING = QueueFilter.pending();

    static QueueEntry entry(long cid) {
        return new QueueEntry(cid, 7, "文章", new Person(3, "网友"), null, "评论" + cid, List.of());
    }

    @Test
    void aDecisionAppliesToTheMarkedEntriesAndUsesUpTheMarks() {
        DecisionBatch<QueueFilter> batch = new DecisionBatch<>();
        batch.toggleMark(entry(1), PENDING);
        batch.toggleMark(entry(2), PENDING);
        batch.decide(batch.targets(entry(3)), Decision.DELETE, " 广告 ", PENDING);
        assertThat(batch.decisions()).containsOnlyKeys(1L, 2L).containsValue(Decision.DELETE);
        assertThat(batch.reasons()).containsEntry(1L, "广告");
        assertThat(batch.markedCount()).isZero();
        assertThat(batch.targets(entry(3))).extracting(QueueEntry::cid).containsExactly(3L);
    }

    @Test
    void undoTakesBackOnlyTheDecisionAndALaterOneReplacesAnEarlier() {
        DecisionBatch<QueueFilter> batch = new DecisionBatch<>();
        batch.decide(List.of(entry(1), entry(2)), Decision.APPROVE, "", PENDING);
        batch.decide(List.of(entry(2)), Decision.IGNORE, "", PENDING);
        batch.undo(List.of(entry(1)));
        assertThat(batch.decisions()).containsOnlyKeys(2L).containsEntry(2L, Decision.IGNORE);
        assertThat(batch.known()).containsOnlyKeys(2L);
    }

    @Test
    void markAllMarksThePageAndASecondTimeUnmarksIt() {
        DecisionBatch<QueueFilter> batch = new DecisionBatch<>();
        List<QueueEntry> page = List.of(entry(1), entry(2), entry(3));
        batch.toggleMark(entry(2), PENDING);
        batch.markAll(page, PENDING);
        assertThat(batch.markedCount()).isEqualTo(3);
        batch.markAll(page, PENDING);
        assertThat(batch.markedCount()).isZero();
        assertThat(batch.isEmpty()).isTrue();
    }

    @Test
    void entriesListedUnderAnotherFilterMayNotJoinUntilTheBatchIsSent() {
        DecisionBatch<QueueFilter> batch = new DecisionBatch<>();
        assertThat(batch.accepts(PENDING.ignoredTab())).isTrue();
        batch.decide(List.of(entry(1)), Decision.APPROVE, "", PENDING);
        assertThat(batch.accepts(PENDING.ignoredTab())).isFalse();
        assertThat(batch.accepts(PENDING)).isTrue();
        batch.sent(List.of(1L));
        assertThat(batch.isEmpty()).isTrue();
        assertThat(batch.accepts(PENDING.ignoredTab())).isTrue();
    }
}
