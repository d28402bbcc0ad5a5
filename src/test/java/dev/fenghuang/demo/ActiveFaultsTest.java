package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActiveFaultsTest {
    private static final Map<String, String> COMMENT = Map.of("mod", "portalcp", "ac", "comment");

    @Test
    void aWriteFaultInForceWhenTheRequestCameInHoldsEvenIfClearedBeforeTheWriteIsKnown() {
        ActiveFaults faults = new ActiveFaults();
        faults.add(FaultRule.of(Fault.STALL_AFTER_WRITE).times(1));
        ActiveFaults.WriteFaults pending = faults.writeFaults("POST", "/portal.php", COMMENT);
        faults.clear();
        assertThat(pending.take()).isEqualTo(Fault.STALL_AFTER_WRITE);
    }

    @Test
    void aWriteFaultIsUsedOnlyByAStoredWriteAndOnlyAsOftenAsItsCount() {
        ActiveFaults faults = new ActiveFaults();
        faults.add(FaultRule.of(Fault.DROP_AFTER_WRITE).times(1));
        faults.writeFaults("POST", "/portal.php", COMMENT); // a refused write: nothing stored, nothing taken
        assertThat(faults.writeFaults("POST", "/portal.php", COMMENT).take()).isEqualTo(Fault.DROP_AFTER_WRITE);
        assertThat(faults.writeFaults("POST", "/portal.php", COMMENT).take()).isNull();
    }

    @Test
    void aWriteFaultAddedAfterTheRequestCameInDoesNotApplyToIt() {
        ActiveFaults faults = new ActiveFaults();
        ActiveFaults.WriteFaults pending = faults.writeFaults("POST", "/portal.php", COMMENT);
        faults.add(FaultRule.of(Fault.STALL_AFTER_WRITE).times(1));
        assertThat(pending.take()).isNull();
    }
}
