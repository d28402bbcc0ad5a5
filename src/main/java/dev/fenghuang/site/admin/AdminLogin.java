package dev.fenghuang.site.admin;

import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/**
 * Opens the admin panel's session (5.3 of the protocol reference): GET an admin URL, which creates the pending
 * session and shows {@code form#loginform}, then POST that form back to the same URL with the password and the
 * security question. Success is a 302 back. A wrong password or answer gets the same form again with no text, so
 * the tries are counted here; after four in a row the site locks the panel ({@code login_cplock}).
 */
public final class AdminLogin {
    private static final int TRIES_BEFORE_LOCK = 4;

    private final AdminSession session;
    private int failures;

    public AdminLogin(AdminSession session) {
        this.session = session;
    }

    public PostResult reauthenticate(char[] password, int questionId, String answer) throws IOException {
        URI url = session.resumeAt();
        AdminPage first = session.get(url);
        if (!(first instanceof AdminPage.Reauth reauth)) {
            return outcome(first);
        }
        SiteCharset.check(answer, reauth.form().charset());
        FormData form = reauth.form().withDefault("frames", "yes")
                .with("admin_questionid", Integer.toString(Math.max(0, questionId)))
                .with("admin_answer", answer == null || questionId <= 0 ? "" : answer);
        char[] copy = Arrays.copyOf(password, password.length);
        FormAnswer sent;
        try {
            FormData filled = form.with("admin_password", new String(copy));
            sent = session.connection().post(filled.action(), filled.fields(), filled.charset(), url);
        } finally {
            Arrays.fill(copy, '\0');
        }
        return outcome(AdminPages.of(form.action(), sent.status(), sent.location(), sent.text(), form.charset()));
    }

    private PostResult outcome(AdminPage page) {
        if (page instanceof AdminPage.Reauth) {
            failures++;
            Map<String, String> values = Map.of("failures", Integer.toString(failures),
                    "remaining", Integer.toString(Math.max(0, TRIES_BEFORE_LOCK - failures)));
            return new PostResult.Refused(new SiteMessage(AdminTexts.ASKED_AGAIN, Kind.LOGIN_FAILED, values));
        }
        if (page instanceof AdminPage.Guest g) {
            return new PostResult.NeedsLogin(g.message());
        }
        if (page instanceof AdminPage.NoAccess n) {
            return new PostResult.Refused(n.message());
        }
        if (page instanceof AdminPage.Locked l) {
            return new PostResult.Refused(l.message());
        }
        if (page instanceof AdminPage.SystemError e) {
            return new PostResult.Refused(e.message());
        }
        if (page instanceof AdminPage.Said said && !said.success()) {
            return new PostResult.Refused(said.message());
        }
        failures = 0;
        session.opened();
        return new PostResult.Posted("", 0, false);
    }
}
