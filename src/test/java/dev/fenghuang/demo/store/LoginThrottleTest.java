package dev.fenghuang.demo.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void fiveFailuresLockAndTheRemainderCountsDown() {
        LoginThrottle throttle = new LoginThrottle();
        assertThat(throttle.left("1.2.3.4", "a", 0)).isEqualTo(5);
        assertThat(throttle.fail("1.2.3.4", "a", 0)).isEqualTo(4);
        for (int i = 0; i < 3; i++) {
            throttle.fail("1.2.3.4", "a", 0);
        }
        assertThat(throttle.fail("1.2.3.4", "a", 0)).isZero();
        assertThat(throttle.left("1.2.3.4", "a", 900)).isZero();
        assertThat(throttle.left("1.2.3.4", "a", 901)).isEqualTo(5);
    }

    @Test
    void aNameThatFailedElsewhereStartsLower() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.fail("1.1.1.1", "a", 0);
        throttle.fail("1.1.1.1", "a", 0);
        assertThat(throttle.left("2.2.2.2", "a", 10)).isEqualTo(3);
        assertThat(throttle.left("2.2.2.2", "b", 10)).isEqualTo(5);
    }
}
