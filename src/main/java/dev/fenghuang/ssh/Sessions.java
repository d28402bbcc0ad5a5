package dev.fenghuang.ssh;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commands running for SSH clients (readers and exec requests): admitted within the limits in all and per key,
 * a reader ended when it has had no input for the idle time, and all of them ended when the service stops.
 */
final class Sessions {
    /** A running command as this registry sees it. */
    interface Live {
        SshUser user();

        /** When its user last typed; empty for a command that is not closed for idleness (an exec request). */
        Optional<Instant> lastInput();

        /** Ends it, telling its user why; called once. */
        void end(Ending why);
    }

    /** Why a command is ended from outside. */
    enum Ending { IDLE, STOPPING }

    /** Why a command may not start: the text's key and the limit that was reached. */
    record Refusal(String textKey, int limit) {
    }

    private final SshLimits limits;
    private final InstantSource clock;
    private final Set<Live> running = new LinkedHashSet<>();
    private final Map<String, Integer> perKey = new HashMap<>();
    private boolean stopping;

    Sessions(SshLimits limits, InstantSource clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts {@code command} in, or says why it may not run. */
    synchronized Optional<Refusal> admit(Live command) {
        if (stopping) {
            return Optional.of(new Refusal("ssh.stopping", 0));
        }
        String key = command.user().fingerprint();
        if (perKey.getOrDefault(key, 0) >= limits.maxSessionsPerKey()) {
            return Optional.of(new Refusal("ssh.tooManyForKey", limits.maxSessionsPerKey()));
        }
        if (running.size() >= limits.maxSessions()) {
            return Optional.of(new Refusal("ssh.tooMany", limits.maxSessions()));
        }
        running.add(command);
        perKey.merge(key, 1, Integer::sum);
        return Optional.empty();
    }

    /** {@code command} ended: its place is free. */
    synchronized void leave(Live command) {
        if (running.remove(command)) {
            perKey.computeIfPresent(command.user().fingerprint(), (k, n) -> n > 1 ? n - 1 : null);
            notifyAll();
        }
    }

    /** Waits until no command runs, at most {@code limit}; whether none does. */
    synchronized boolean awaitNone(java.time.Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!running.isEmpty()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** How many commands run. */
    synchronized int count() {
        return running.size();
    }

    /** Ends each reader with no input for the idle time (each is told once: it leaves the count as it goes). */
    void sweep() {
        Instant oldest = clock.instant().minus(limits.idleTimeout());
        List<Live> idle = new ArrayList<>();
        synchronized (this) {
            for (Live command : running) {
                if (command.lastInput().filter(t -> t.isBefore(oldest)).isPresent()) {
                    idle.add(command);
                }
            }
            idle.forEach(this::leave);
        }
        idle.forEach(command -> command.end(Ending.IDLE));
    }

    /** The service is stopping: every command is ended and no new one admitted. */
    void stopAll() {
        List<Live> all;
        synchronized (this) {
            stopping = true;
            all = List.copyOf(running);
        }
        all.forEach(command -> command.end(Ending.STOPPING));
    }

    SshLimits limits() {
        return limits;
    }
}
