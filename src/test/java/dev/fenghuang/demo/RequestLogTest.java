package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {
    @Test
    void keepsTheNewestTargetsOldestFirstUpToItsCapacity() {
        RequestLog log = new RequestLog(3);
        for (int i = 1; i <= 5; i++) {
            log.add("/portal.php?mod=view&aid=" + i);
        }
        assertThat(log.snapshot()).containsExactly("/portal.php?mod=view&aid=3", "/portal.php?mod=view&aid=4",
                "/portal.php?mod=view&aid=5");
    }

    @Test
    void aPortalKeepsNoMoreThanItsCapacity() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < RequestLog.CAPACITY + 50; i++) {
            log.add("/x" + i);
        }
        assertThat(log.snapshot()).hasSize(RequestLog.CAPACITY).first().isEqualTo("/x50");
    }
}
