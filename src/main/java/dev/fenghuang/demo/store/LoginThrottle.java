package dev.fenghuang.demo.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The login try limit of 2.3: failures are counted per client address and per user name; after five,
 * further tries are refused until 15 minutes after the last failure. The smaller remainder of the two
 * counters applies, so one address failing with several names locks them all.
 */
public final class LoginThrottle {
    static final int TRIES = 5;
    static final long LOCK_SECONDS = 900;

    private record Failures(int count, long last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Tries left before this one; 0 means locked. */
    public int left(String address, String username, long now) {
        return TRIES - Math.max(count("ip:" + address, now), count("user:" + username, now));
    }

    /** Counts a failed try and answers the tries left after it. */
    public synchronized int fail(String address, String username, long now) {
        int ip = count("ip:" + address, now) + 1;
        int user = count("user:" + username, now) + 1;
        failures.put("ip:" + address, new Failures(ip, now));
        failures.put("user:" + username, new Failures(user, now));
        return Math.max(0, TRIES - Math.max(ip, user));
    }

    private int count(String key, long now) {
        Failures f = failures.get(key);
        return f == null || now - f.last() > LOCK_SECONDS ? 0 : f.count();
    }
}
