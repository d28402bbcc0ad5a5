package dev.fenghuang.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminSessionsTest {
    private final AdminSessions sessions = new AdminSessions();

    @Test
    void aSessionIsPendingUntilAuthenticatedAndLiveUntilHalfAnHourIdle() {
        assertThat(sessions.access(1, 1000)).isEqualTo(AdminSessions.Access.NONE);
        sessions.open(1, 1000);
        assertThat(sessions.access(1, 1000)).isEqualTo(AdminSessions.Access.PENDING);
        sessions.authenticate(1, 1000);
        assertThat(sessions.access(1, 2800)).isEqualTo(AdminSessions.Access.LIVE);
        sessions.touch(1, 2800);
        assertThat(sessions.access(1, 4600)).isEqualTo(AdminSessions.Access.LIVE);
        assertThat(sessions.access(1, 4601)).isEqualTo(AdminSessions.Access.NONE);
    }

    @Test
    void theFourthWrongPasswordLocksUntilHalfAnHourAfterIt() {
        sessions.open(1, 0);
        for (int i = 0; i < 3; i++) {
            sessions.fail(1, 10 * i);
            assertThat(sessions.access(1, 10 * i)).isEqualTo(AdminSessions.Access.PENDING);
        }
        sessions.fail(1, 100);
        assertThat(sessions.access(1, 100)).isEqualTo(AdminSessions.Access.LOCKED);
        assertThat(sessions.lockSeconds(1, 160)).isEqualTo(1740);
        assertThat(sessions.access(1, 1901)).isEqualTo(AdminSessions.Access.NONE);
    }

    @Test
    void sessionsAreKeptPerUidAndTheSidStaysWithTheSession() {
        sessions.open(1, 0);
        String sid = sessions.sid(1);
        sessions.fail(1, 5);
        assertThat(sessions.sid(1)).isEqualTo(sid).hasSize(6);
        assertThat(sessions.access(2, 5)).isEqualTo(AdminSessions.Access.NONE);
        sessions.end(1);
        assertThat(sessions.access(1, 5)).isEqualTo(AdminSessions.Access.NONE);
    }
}
