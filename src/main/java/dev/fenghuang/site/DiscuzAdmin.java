package dev.fenghuang.site;

import dev.fenghuang.site.admin.AdminLogin;
import dev.fenghuang.site.admin.AdminSession;
import dev.fenghuang.site.admin.AdminUrls;
import dev.fenghuang.site.admin.CommentSearch;
import dev.fenghuang.site.admin.ForumQueue;
import dev.fenghuang.site.admin.ModerationQueue;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Capabilities;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.SearchPage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnencodableText;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Comment moderation in a Discuz! X admin panel ({@code admin.php}, section 5 of the protocol reference), on the
 * connection of a member who is signed in on the front end. One instance per site and account; not thread-safe
 * (it keeps the panel's form hash and counts failed password tries).
 *
 * <p>Failures: the panel asking for the password again (never opened, or 30 minutes idle) throws
 * {@link AdminSessionExpired} — nothing was done; call {@link #reauthenticate} and repeat the same call. The
 * front-end login gone, an account outside the admin team, a locked panel and the panel's error messages throw
 * {@link SiteRefused} with the site's words; a page that is not what was asked for throws {@link UnexpectedPage};
 * text the site charset cannot carry throws {@link UnencodableText} before anything is sent.
 *
 * <p>Decisions are confirmed by reading the lists again and counted here: the site's own counts are wrong.
 * Repeating a decision is harmless, so after an {@link AdminSessionExpired} the whole batch can be sent again.
 */
public final class DiscuzAdmin {
    private final URI base;
    private final Clock clock;
    private final SiteConnection connection;
    /** The panel's parts, made on first use: a session that never moderates never loads them. */
    private Panel panel;

    /** The admin panel's pages, sharing one session (and its form hash). */
    private record Panel(AdminLogin login, ModerationQueue queue, CommentSearch search, CapabilityProbe probe,
                         ForumQueue forumQueue) {
        static Panel over(URI base, SiteConnection connection, Clock clock) {
            AdminSession session = new AdminSession(connection, new AdminUrls(base));
            return new Panel(new AdminLogin(session), new ModerationQueue(session), new CommentSearch(session),
                    new CapabilityProbe(session, clock), new ForumQueue(session));
        }
    }

    /**
     * @param base the site root ({@code SITE})
     * @param connection the member's connection, signed in on the front end
     * @param clock the site's local time
     */
    public DiscuzAdmin(URI base, SiteConnection connection, Clock clock) {
        this.connection = OriginGuard.around(base, connection);
        this.base = base;
        this.clock = clock;
    }

    private synchronized Panel panel() {
        if (panel == null) {
            panel = Panel.over(base, connection, clock);
        }
        return panel;
    }

    /**
     * What the account may do, from what the pages show it: the article {@code probeAid} (pick one with comments
     * by others; 0 skips the front end) for edit/delete links on others' comments and others' pending comments,
     * then the admin panel's queue and search. A member gets {@link Capabilities#NONE}-like answers; an admin-team
     * account whose panel asks for the password has {@code adminPassword} set and the panel's rights assumed. When
     * the article shows neither others' pending comments nor the hidden-comments note, {@code seesPending} follows
     * admin-team membership (administrators, by default).
     */
    public Capabilities capabilities(long probeAid) throws IOException {
        return panel().probe().probe(probeAid);
    }

    /**
     * Opens the panel's session: shows the re-authentication form at the URL that last asked for it (else the
     * admin home) and posts it back.
     *
     * @param password not kept: a copy is made for the request and zeroed
     * @param questionId the security question, 0 for none
     * @param answer the answer to it, ignored without a question
     * @return {@code Posted} when the panel opened (or was open already); {@code Refused} of kind LOGIN_FAILED
     *     for a wrong password or answer (values {@code failures} and {@code remaining} before the lock, counted
     *     here, as the site says nothing) or a lock ({@code login_cplock}, values {@code seconds};
     *     {@code login_user_lock}); {@code Refused} of kind NO_PERMISSION outside the admin team;
     *     {@code NeedsLogin} when the front-end login is gone
     */
    public PostResult reauthenticate(char[] password, int questionId, String answer) throws IOException {
        return panel().login().reauthenticate(password, questionId, answer);
    }

    /** One page (1-based) of the queue, newest first; past the end an empty page with {@code pageCount < page}. */
    public QueuePage queue(QueueFilter filter, int page) throws IOException {
        return panel().queue().page(filter, page);
    }

    /** The admin home's count of comments waiting (等待审核的文章评论数); ignored ones are not counted. */
    public int waitingComments() throws IOException {
        return panel().queue().waiting();
    }

    /**
     * Sends decisions in one POST (with the filter the comments were listed under), then reads the queue (and
     * the ignored tab when ignoring) to tell, per comment, what really happened.
     */
    public BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter) throws IOException {
        return panel().queue().decide(decisions, filter);
    }

    /**
     * One page (1-based) of the admin panel's comment search, newest first. Nothing matching is an empty page;
     * a range the account may not search ({@code comment_mod_range_illegal}) throws {@link SiteRefused}.
     */
    public SearchPage searchComments(CommentQuery query, int page) throws IOException {
        return panel().search().page(query, page);
    }

    /** Deletes comments from the search result, then searches {@code query} again to tell which are gone. */
    public BatchResult deleteComments(Collection<Long> cids, CommentQuery query) throws IOException {
        return panel().search().delete(new LinkedHashSet<>(cids), query);
    }

    /** One decision through the row's fast link (a GET, no form hash), confirmed the same way. */
    public BatchResult decideNow(long cid, Decision decision, QueueFilter filter) throws IOException {
        return panel().queue().decideNow(cid, decision, filter);
    }

    /** The forum's queues of held threads and replies in the same panel (5.7), sharing its session. */
    public ForumQueue forumQueue() {
        return panel().forumQueue();
    }

    /** The member's connection, kept to the site's origin: for the forum's front-end moderation (5.8, 5.9). */
    public SiteConnection connection() {
        return connection;
    }
}
