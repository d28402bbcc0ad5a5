package dev.fenghuang.demo.forum.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The front-end moderation panel's own sessions (5.9, {@code discuz_panel}): opened by the password re-entry, ended
 * after {@value #IDLE_SECONDS} seconds without use; five wrong passwords lock the panel for 15 minutes.
 */
public final class ModcpSessions {
    static final int IDLE_SECONDS = 1800;
    static final int LOCK_SECONDS = 900;
    static final int MAX_ERRORS = 5;

    private record State(long lastUse, int errors, long lockedUntil, boolean open) {
    }

    private final Map<Integer, State> states = new ConcurrentHashMap<>();

    public boolean live(int uid, long now) {
        State state = states.get(uid);
        return state != null && state.open() && now - state.lastUse() < IDLE_SECONDS;
    }

    public boolean locked(int uid, long now) {
        State state = states.get(uid);
        return state != null && state.lockedUntil() > now;
    }

    public void touch(int uid, long now) {
        states.computeIfPresent(uid, (k, s) -> new State(now, 0, 0, true));
    }

    public void open(int uid, long now) {
        states.put(uid, new State(now, 0, 0, true));
    }

    public void fail(int uid, long now) {
        states.compute(uid, (k, s) -> {
            int errors = s == null ? 1 : s.errors() + 1;
            return new State(now, errors, errors >= MAX_ERRORS ? now + LOCK_SECONDS : 0, false);
        });
    }

    private final Map<Integer, String> wanted = new ConcurrentHashMap<>();

    /** Remembers the query of the page asked for before the password. */
    public void wanted(int uid, String rawQuery) {
        wanted.put(uid, rawQuery);
    }

    public String wanted(int uid) {
        return wanted.getOrDefault(uid, "");
    }

    void endAll() {
        states.clear();
    }
}
