package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.Cookies;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin panel's server-side sessions of 5.3 ({@code common_admincp_session}), one per uid, no cookie: opened
 * pending by a request without a live session, authenticated by the right password, ended after
 * {@value #LIFETIME} seconds without an admin request. More than {@value #MAX_ERRORS} wrong passwords lock the
 * panel until {@value #LIFETIME} seconds after the last one.
 */
public final class AdminSessions {
    static final long LIFETIME = 1800;
    static final int MAX_ERRORS = 3;

    /** What a uid's admin session allows now. */
    enum Access { NONE, PENDING, LIVE, LOCKED }

    /** @param errors wrong passwords so far, -1 once authenticated */
    private record Row(String sid, long dateline, int errors) {
    }

    private final Map<Integer, Row> rows = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    Access access(int uid, long now) {
        Row row = rows.get(uid);
        if (row == null || row.dateline() < now - LIFETIME) {
            return Access.NONE;
        }
        if (row.errors() < 0) {
            return Access.LIVE;
        }
        return row.errors() <= MAX_ERRORS ? Access.PENDING : Access.LOCKED;
    }

    /** Starts a new pending session, replacing any old one. */
    void open(int uid, long now) {
        rows.put(uid, new Row(Cookies.random(6, random), now, 0));
    }

    /** The {@code sid} printed in the re-authentication form; "" without a session. */
    String sid(int uid) {
        Row row = rows.get(uid);
        return row == null ? "" : row.sid();
    }

    void authenticate(int uid, long now) {
        rows.computeIfPresent(uid, (k, row) -> new Row(row.sid(), now, -1));
    }

    /** Counts a wrong password, at this time. */
    void fail(int uid, long now) {
        rows.computeIfPresent(uid, (k, row) -> new Row(row.sid(), now, row.errors() + 1));
    }

    /** An admin request of a live session: its idle time starts again. */
    void touch(int uid, long now) {
        rows.computeIfPresent(uid, (k, row) -> new Row(row.sid(), now, row.errors()));
    }

    /** Seconds until a locked panel opens again. */
    long lockSeconds(int uid, long now) {
        Row row = rows.get(uid);
        return row == null ? 0 : Math.max(0, LIFETIME - (now - row.dateline()));
    }

    void end(int uid) {
        rows.remove(uid);
    }

    public void endAll() {
        rows.clear();
    }
}
