package dev.fenghuang.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AddressGateTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T18:00:00Z"));
    private final InstantSource clock = now::get;
    private final SshLimits limits = new SshLimits(64, 4, Duration.ofMinutes(30), 6, 3, Duration.ofMinutes(1),
            Duration.ofMinutes(5));

    private void advance(Duration by) {
        now.set(now.get().plus(by));
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresForAGrowingTime() throws Exception {
        InetAddress attacker = InetAddress.getByName("192.0.2.7");
        InetAddress other = InetAddress.getByName("192.0.2.8");
        AddressGate gate = new AddressGate(limits, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.open(attacker)).isTrue();
            gate.failed(attacker);
        }
        assertThat(gate.open(attacker)).isFalse();
        assertThat(gate.open(other)).isTrue();

        advance(Duration.ofSeconds(61));
        assertThat(gate.open(attacker)).isTrue();
        gate.failed(attacker);
        advance(Duration.ofSeconds(61));
        assertThat(gate.open(attacker)).as("the second wait is twice the first").isFalse();
        advance(Duration.ofSeconds(60));
        assertThat(gate.open(attacker)).isTrue();
        for (int i = 0; i < 10; i++) {
            gate.failed(attacker);
        }
        advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(gate.open(attacker)).as("the wait is capped").isTrue();
    }

    @Test
    void aSuccessForgetsTheFailures() throws Exception {
        InetAddress laptop = InetAddress.getByName("192.0.2.9");
        AddressGate gate = new AddressGate(limits, clock);
        gate.failed(laptop);
        gate.failed(laptop);
        gate.succeeded(laptop);
        gate.failed(laptop);
        gate.failed(laptop);

        assertThat(gate.open(laptop)).isTrue();
        assertThat(gate.tracked()).isEqualTo(1);
    }

    @Test
    void failuresLongAgoAreForgotten() throws Exception {
        AddressGate gate = new AddressGate(limits, clock);
        for (int i = 0; i < 200; i++) {
            gate.failed(InetAddress.getByName("198.51.100." + (i % 250)));
        }
        advance(Duration.ofHours(2));
        gate.failed(InetAddress.getByName("192.0.2.1"));
        assertThat(gate.tracked()).isEqualTo(1);
    }
}
