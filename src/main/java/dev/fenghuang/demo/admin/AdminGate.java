package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.Account;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.SiteMember;
import java.util.Optional;

/**
 * Who gets past {@code admin.php}'s door (5.3): guests and members outside the admin team never; an admin-team
 * member only with a live admin session, else the re-authentication form, whose POST to the same URL opens the
 * session, or the lock after too many wrong passwords.
 */
final class AdminGate {
    private final AdminSessions sessions;

    AdminGate(AdminSessions sessions) {
        this.sessions = sessions;
    }

    /** The answer that stops the request before its action; empty when the admin session is live. */
    Optional<PageResponse> stop(Visit visit) {
        SiteMember member = visit.member();
        if (member.guest()) {
            return Optional.of(AdminLoginPages.guest(visit));
        }
        if (!visit.group().administrator()) {
            return Optional.of(AdminLoginPages.noAccess(visit));
        }
        int uid = member.uid();
        long now = visit.site().now();
        return switch (sessions.access(uid, now)) {
            case LIVE -> {
                sessions.touch(uid, now);
                yield Optional.empty();
            }
            case LOCKED -> Optional.of(AdminLoginPages.locked(visit, sessions.lockSeconds(uid, now)));
            case NONE -> {
                sessions.open(uid, now);
                yield Optional.of(AdminLoginPages.reauthenticate(visit, sessions.sid(uid)));
            }
            case PENDING -> Optional.of(attempt(visit, uid, now));
        };
    }

    /** A POST with a password tries it: 302 back to the URL, or the same form (one more error counted). */
    private PageResponse attempt(Visit visit, int uid, long now) {
        PageRequest request = visit.request();
        if (!request.post() || request.param("admin_password").isEmpty()) {
            return AdminLoginPages.reauthenticate(visit, sessions.sid(uid));
        }
        if (!matches(visit.member(), request)) {
            sessions.fail(uid, now);
            return AdminLoginPages.reauthenticate(visit, sessions.sid(uid));
        }
        sessions.authenticate(uid, now);
        return PageResponse.redirect(302, AdminLinks.requested(request));
    }

    /** The password, and the security question with its answer when the account has one (else question 0). */
    private static boolean matches(SiteMember member, PageRequest request) {
        Optional<Account> account = Members.account(member.name());
        if (account.isEmpty() || !account.get().password().equals(request.param("admin_password"))) {
            return false;
        }
        int question = request.intParam("admin_questionid");
        return question == account.get().questionId()
                && (question == 0 || request.param("admin_answer").equals(account.get().answer()));
    }
}
