package dev.fenghuang.ssh;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Back-off per client address: after {@link SshLimits#failuresPerAddress()} connections from one address failed to
 * log in, that address must wait {@link SshLimits#firstWait()} before it is heard again, twice as long after each
 * further failure, at most {@link SshLimits#longestWait()}. A successful login forgets its failures; failures older
 * than the longest wait are forgotten too.
 */
final class AddressGate {
    /** At most this many addresses are remembered; past it the oldest failures are forgotten first. */
    private static final int REMEMBERED = 10_000;

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    private final SshLimits limits;
    private final InstantSource clock;
    private final Map<InetAddress, Failures> failures = new HashMap<>();

    AddressGate(SshLimits limits, InstantSource clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether a login from {@code address} is heard now. */
    synchronized boolean open(InetAddress address) {
        Failures f = failures.get(address);
        return f == null || !clock.instant().isBefore(f.waitUntil());
    }

    /** A connection from {@code address} failed to log in. */
    synchronized void failed(InetAddress address) {
        Instant now = clock.instant();
        forgetOlderThan(now.minus(forgetAfter()));
        if (failures.size() >= REMEMBERED) {
            failures.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().last()))
                    .ifPresent(e -> failures.remove(e.getKey()));
        }
        int count = failures.containsKey(address) ? failures.get(address).count() + 1 : 1;
        Instant waitUntil = count < limits.failuresPerAddress() ? now : now.plus(wait(count));
        failures.put(address, new Failures(count, now, waitUntil));
    }

    /** A connection from {@code address} logged in: its failures are forgotten. */
    synchronized void succeeded(InetAddress address) {
        failures.remove(address);
    }

    /** How many addresses have failures remembered. */
    synchronized int tracked() {
        return failures.size();
    }

    private Duration wait(int count) {
        int doublings = Math.min(count - limits.failuresPerAddress(), 30);
        Duration wait = limits.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : wait;
    }

    private Duration forgetAfter() {
        return limits.longestWait().compareTo(Duration.ofHours(1)) > 0 ? limits.longestWait() : Duration.ofHours(1);
    }

    private void forgetOlderThan(Instant oldest) {
        failures.values().removeIf(f -> f.last().isBefore(oldest));
    }
}
