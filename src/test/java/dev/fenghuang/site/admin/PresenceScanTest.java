package dev.fenghuang.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PresenceScanTest {
    private final List<Integer> read = new ArrayList<>();

    /** Pages of 3 ids counting down from 100, {@code pages} pages. */
    private PresenceScan.Pages countdown(int pages) {
        return page -> {
            read.add(page);
            List<Long> ids = LongStream.rangeClosed(0, 2).map(i -> 100 - (page - 1) * 3L - i).boxed().toList();
            return new PresenceScan.Listing(ids, pages);
        };
    }

    @Test
    void stopsAsSoonAsEveryIdIsFound() throws Exception {
        PresenceScan.Seen seen = PresenceScan.look(countdown(50), Set.of(99L, 95L));
        assertThat(seen.found()).containsExactlyInAnyOrder(99L, 95L);
        assertThat(read).containsExactly(1, 2);
    }

    @Test
    void anIdNewerThanAWholePageIsKnownToBeGone() throws Exception {
        PresenceScan.Seen seen = PresenceScan.look(countdown(50), Set.of(1000L));
        assertThat(seen.absent(1000)).isTrue();
        assertThat(read).containsExactly(1);
    }

    @Test
    void theLastPageSettlesIt() throws Exception {
        PresenceScan.Seen seen = PresenceScan.look(countdown(2), Set.of(50L));
        assertThat(seen.absent(50)).isTrue();
        assertThat(read).containsExactly(1, 2);
    }

    @Test
    void givesUpAfterTheLimitWithoutClaimingAbsence() throws Exception {
        PresenceScan.Seen seen = PresenceScan.look(countdown(50), Set.of(2L));
        assertThat(seen.complete()).isFalse();
        assertThat(seen.absent(2)).isFalse();
        assertThat(read).hasSize(PresenceScan.MAX_PAGES);
    }
}
