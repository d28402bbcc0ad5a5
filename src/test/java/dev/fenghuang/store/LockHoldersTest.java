package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockHoldersTest {
    @Test
    void theHoldersAreTheOtherProcessesWithALockOnTheFileNotTheWaitingOnesNorThisOne() {
        List<String> lines = List.of(
                "1: POSIX  ADVISORY  WRITE 4242 fe:00:2394157 1073741826 1073742335",
                "2: POSIX  ADVISORY  READ 77 fe:00:999 0 EOF",
                "3: -> POSIX  ADVISORY  WRITE 5151 fe:00:2394157 0 EOF",
                "4: POSIX  ADVISORY  WRITE 10 fe:00:2394160 0 EOF",
                "5: FLOCK  ADVISORY  WRITE 31 fe:00:2394160 0 EOF",
                "garbage",
                "6: POSIX ADVISORY WRITE x fe:00:2394157 0 EOF");
        assertThat(LockHolders.holders(lines, Set.of(2394157L, 2394160L), 10)).containsExactly(4242L, 31L);
    }
}
