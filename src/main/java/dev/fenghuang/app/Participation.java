package dev.fenghuang.app;

import dev.fenghuang.app.store.PageViewers;
import dev.fenghuang.app.store.ReadMarks;
import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.FavoriteList;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.write.LoginForm;
import java.io.IOException;
import java.util.Optional;

/**
 * The application's write API, shared by the CLI and the TUI: signing in and out, comments, reactions and
 * favourites for one account on one site. A comment is written to its draft before it is sent and the draft is
 * removed only when the site confirms; after a failure whose outcome is unknown (a timeout, a reset after sending)
 * the site is asked whether the comment arrived before it is ever sent again. Writes drop what they change from the
 * cache, so nothing stale is shown after a post.
 */
public final class Participation {
    private static final int MAX_FAVORITE_PAGES = 50;

    private final DiscuzAccount account;
    private final PageCache cache;
    private final DraftStore drafts;
    private final SessionEnd sessionEnd;
    private Member member;
    private dev.fenghuang.app.forum.ForumParticipation forum;

    /** The session on this side: its cookie file. */
    public interface SessionEnd {
        /** Ends it: deletes the account's cookie file and the name it signed in as. */
        void forget() throws IOException;

        /** Keeps the name of the member it signed in as, so later runs show that member's stored pages. */
        default void signedIn(String memberName) throws IOException {
            // nothing kept
        }

        /** Takes a browser's cookies ({@code a=b; c=d}) into it; returns how many. */
        default int take(String cookieHeader) {
            throw new UnsupportedOperationException("this session cannot take cookies");
        }
    }

    private volatile ReadMarks marks = ReadMarks.inMemory(java.time.Clock.systemUTC());

    public Participation(DiscuzAccount account, PageCache cache, DraftStore drafts, SessionEnd sessionEnd) {
        this.account = account;
        this.cache = cache;
        this.drafts = drafts;
        this.sessionEnd = sessionEnd;
    }

    /** This participation, counting the account's own comments as seen in {@code read} (its read articles). */
    public Participation withMarks(ReadMarks read) {
        this.marks = read;
        return this;
    }

    public DraftStore drafts() {
        return drafts;
    }

    /** Taking part in the forum on the same account and session, with its drafts beside the comments'. */
    public dev.fenghuang.app.forum.ForumParticipation forum() {
        if (forum == null) {
            forum = new dev.fenghuang.app.forum.ForumParticipation(account.forumPosts(), account.threadFavorites(),
                    drafts, this::whoami);
            forum.tellChanges(this::forgetForumPages);
        }
        return forum;
    }

    /** Reads the site's login form: its security questions, and a captcha if it wants one. */
    public LoginChallenge loginChallenge() throws IOException {
        LoginForm form = account.loginForm();
        return new LoginChallenge(form.questions().stream()
                .map(q -> new LoginChallenge.Question(q.id(), q.text())).toList(), form.captchaImage(), form.signedIn());
    }

    /** Signs in; the password array is the caller's to clear (the adapter clears its own copy). */
    public PostResult login(String username, char[] password, int questionId, String answer, boolean staySignedIn,
                            String captchaAnswer) throws IOException {
        return loginWithCaptcha(username, password, questionId, answer, staySignedIn,
                captchaAnswer == null ? null : dev.fenghuang.model.forum.CaptchaAnswer.ofFormHash(captchaAnswer));
    }

    /**
     * Signs in, the captcha answered under the hash of the image it was read from (null hash: the form's now);
     * the password array is the caller's to clear.
     */
    public PostResult loginWithCaptcha(String username, char[] password, int questionId, String answer,
                                       boolean staySignedIn, dev.fenghuang.model.forum.CaptchaAnswer captcha)
            throws IOException {
        PostResult result = account.loginWithCaptcha(username, password, questionId, answer, staySignedIn, captcha);
        member = null;
        if (result.accepted()) {
            sessionEnd.signedIn(username);
            cache.sessionChanged(PageViewers.member(username)); // pages read as a guest differ from a member's
        }
        return result;
    }

    /**
     * Signs in with a browser's cookies, for sites whose login a terminal cannot pass (a slider captcha, a QQ
     * login): the cookies go into this account's private cookie file and the site is asked who that is.
     */
    public Member importBrowserSession(String cookieHeader) throws IOException {
        if (cookieHeader == null || sessionEnd.take(cookieHeader) == 0) {
            throw new IllegalArgumentException("no cookies in that text; copy the Cookie header as name=value; ...");
        }
        member = null;
        Member who = whoami();
        if (who.uid() == 0) {
            cache.sessionChanged(PageViewers.GUEST);
        } else {
            sessionEnd.signedIn(who.name());
            cache.sessionChanged(PageViewers.member(who.name()));
        }
        return who;
    }

    /** Who the site says is signed in (one request; remembered until the next sign-in or sign-out). */
    public Member whoami() throws IOException {
        if (member == null) {
            member = account.whoami();
        }
        return member;
    }

    private void endSession() throws IOException {
        sessionEnd.forget();
        member = Member.GUEST;
        cache.sessionChanged(PageViewers.GUEST);
    }

    /**
     * Signs out on the site, then deletes the session's cookie file whatever the site said; working offline, the
     * request is refused and nothing changes.
     */
    public PostResult logout() throws IOException {
        PostResult result;
        try {
            result = account.logout();
        } catch (IOException e) {
            if (Problem.notSentOffline(e)) {
                throw e; // nothing was sent: the session stays, on the site and here
            }
            endSession();
            throw e;
        }
        endSession();
        return result;
    }

    /**
     * Posts a comment without ever posting it twice: the text is kept as a new draft of the article first (no other
     * draft is touched), then sent as {@link #send} sends it.
     *
     * @throws CommentLength.TooLong before anything is saved, when the site would cut the text
     * @throws OutcomeUnknown when the request may have reached the site and the site cannot be asked now; the
     *                        draft is kept and marked, so the next attempt checks first
     */
    public PostResult comment(long aid, String text) throws IOException {
        return comment(aid, text, null);
    }

    public PostResult comment(long aid, String text, String captchaAnswer) throws IOException {
        CommentLength.check(text);
        return send(drafts.save(aid, text), captchaAnswer);
    }

    /**
     * Sends a kept draft. If an earlier request of it may have left (it is marked), the site is asked first for a
     * comment of its text newer than the newest one seen before that request; found, it is not sent again, and an
     * older comment of the same text does not count. Right before the request goes out the draft is marked, with
     * the newest comment id the article shows, so a process killed while waiting leaves the mark behind. The draft
     * is removed when the site confirms it (with every other draft of the article holding the same text), and
     * unmarked when the site answered anything else.
     */
    public PostResult send(DraftStore.Draft given, String captchaAnswer) throws IOException {
        CommentLength.check(given.text());
        DraftStore.Draft draft = drafts.fresh(given);
        long aid = draft.aid();
        if (draft.inFlight()) {
            Optional<Comment> arrived = findOwn(aid, draft.text(), draft.sentAfter().getAsLong());
            if (arrived.isPresent()) {
                return confirmed(draft, arrived.get());
            }
        }
        long[] sentAfter = {-1};
        PostResult result;
        try {
            result = account.comment(aid, draft.text(), captchaAnswer, newest -> {
                drafts.markSending(draft, newest);
                sentAfter[0] = newest;
            });
        } catch (dev.fenghuang.model.UnencodableText e) {
            throw e;
        } catch (IOException failure) {
            if (sentAfter[0] < 0) {
                throw failure; // the comment never left
            }
            return afterAmbiguousFailure(draft, sentAfter[0], failure);
        }
        if (result.accepted()) {
            drafts.delete(draft);
            drafts.deleteCopies(aid, draft.text());
            forgetArticle(aid);
            marks.commented(aid);
        } else if (sentAfter[0] >= 0) {
            return afterAnswerNotUnderstood(draft, sentAfter[0], result);
        }
        return result;
    }

    /**
     * A refusal the client could not name (a garbled or unknown answer) is no proof that nothing was stored: the
     * site is asked before the mark goes. A refusal it knows (flood control, sign-in, closed…) is believed.
     */
    private PostResult afterAnswerNotUnderstood(DraftStore.Draft draft, long sentAfter, PostResult result)
            throws IOException {
        if (result instanceof PostResult.Refused refused && refused.message().kind() == SiteMessage.Kind.OTHER) {
            Optional<Comment> arrived;
            try {
                arrived = findOwn(draft.aid(), draft.text(), sentAfter);
            } catch (IOException cannotCheck) {
                return result; // the mark stays: the next attempt asks the site first
            }
            if (arrived.isPresent()) {
                return confirmed(draft, arrived.get());
            }
        }
        drafts.clearSending(draft);
        return result;
    }

    private PostResult afterAmbiguousFailure(DraftStore.Draft draft, long sentAfter, IOException failure)
            throws IOException {
        Optional<Comment> arrived;
        try {
            arrived = findOwn(draft.aid(), draft.text(), sentAfter);
        } catch (IOException stillDown) {
            throw new OutcomeUnknown(failure);
        }
        if (arrived.isPresent()) {
            return confirmed(draft, arrived.get());
        }
        drafts.clearSending(draft);
        throw failure;
    }

    private Optional<Comment> findOwn(long aid, String text, long newerThan) throws IOException {
        Member me = whoami();
        return me.isGuest() ? Optional.empty() : account.findOwnComment(aid, text, me.uid(), newerThan);
    }

    private PostResult confirmed(DraftStore.Draft draft, Comment comment) throws IOException {
        drafts.delete(draft);
        drafts.deleteCopies(draft.aid(), draft.text());
        forgetArticle(draft.aid());
        marks.commented(draft.aid());
        return new PostResult.Posted("", comment.cid(), comment.pending());
    }

    public String quote(long cid) throws IOException {
        return account.quote(cid);
    }

    /** A comment's text as the site shows it to its author or a manager, for the record before deciding on it. */
    public String commentText(long cid) throws IOException {
        return account.commentText(cid);
    }

    public PostResult editComment(long aid, long cid, String text) throws IOException {
        PostResult result = account.editComment(cid, text);
        forgetArticle(aid);
        return result;
    }

    public PostResult deleteComment(long aid, long cid) throws IOException {
        PostResult result = account.deleteComment(cid);
        forgetArticle(aid);
        return result;
    }

    /** Reacts with the reaction of that name or 1-based position on the page. */
    public PostResult react(long aid, String nameOrPosition) throws IOException {
        PostResult result = account.react(aid, nameOrPosition);
        if (result.accepted()) {
            forgetArticle(aid);
        }
        return result;
    }

    public PostResult favorite(long aid) throws IOException {
        return account.favorite(aid);
    }

    public FavoriteList favorites(int page) throws IOException {
        return account.favorites(page);
    }

    public PostResult unfavorite(long favid) throws IOException {
        return account.unfavorite(favid);
    }

    /** Removes an article from the favourites, finding its favourite id in the list first. */
    public PostResult unfavoriteArticle(long aid) throws IOException {
        for (int page = 1; page <= MAX_FAVORITE_PAGES; page++) {
            FavoriteList list = account.favorites(page);
            for (dev.fenghuang.model.Favorite f : list.favorites()) {
                if (f.aid() == aid) {
                    return account.unfavorite(f.favid());
                }
            }
            if (page >= list.pageCount() || list.favorites().isEmpty()) {
                break;
            }
        }
        return new PostResult.Refused(new dev.fenghuang.model.SiteMessage(
                "not in your favourites: article " + aid, dev.fenghuang.model.SiteMessage.Kind.NOT_FOUND));
    }

    /**
     * Drops the pages a forum write changed, in memory and in the store: the thread's pages (every thread's when it
     * is not known), the board's list (every board's when not known) and the forum index.
     */
    public void forgetForumPages(long tid, int fid) {
        cache.forget(key -> key.kind() == CacheKey.Kind.THREAD && (tid == 0 || key.id() == tid)
                || key.kind() == CacheKey.Kind.BOARD && (fid == 0 || key.id() == fid)
                || key.kind() == CacheKey.Kind.FORUM_INDEX);
    }

    /**
     * Drops every cached page of an article and its comment list, in memory and in the store; 0 (a comment edited or
     * deleted by its id alone, the article unknown) drops every article's.
     */
    void forgetArticle(long aid) {
        cache.forget(key -> (key.kind() == CacheKey.Kind.ARTICLE || key.kind() == CacheKey.Kind.COMMENTS)
                && (aid == 0 || key.id() == aid));
    }

    /** A write whose outcome cannot be known now: it may or may not have reached the site. */
    public static final class OutcomeUnknown extends IOException {
        private static final long serialVersionUID = 1L;

        public OutcomeUnknown(IOException cause) {
            super("the site did not answer, and whether the comment arrived cannot be checked now; "
                    + "the draft is kept and will be checked before it is sent again", cause);
        }
    }
}
