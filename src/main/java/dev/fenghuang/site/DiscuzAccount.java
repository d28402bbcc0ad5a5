package dev.fenghuang.site;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.MessageParser;
import dev.fenghuang.site.read.MemberParser;
import dev.fenghuang.site.write.CaptchaLoader;
import dev.fenghuang.site.write.CommentEditor;
import dev.fenghuang.site.write.CommentWriter;
import dev.fenghuang.site.write.FavoriteWriter;
import dev.fenghuang.site.write.LoginFlow;
import dev.fenghuang.site.write.LoginForm;
import dev.fenghuang.site.write.LoginTrouble;
import dev.fenghuang.site.write.OwnComments;
import dev.fenghuang.site.write.ReactionWriter;
import dev.fenghuang.site.write.SiteCalls;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.FavoriteList;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnencodableText;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A member's side of a Discuz! X portal: sign in and out, comment, react, keep favourites. One instance per site
 * and account, on the connection that holds that account's cookies; not thread-safe (it remembers the last login
 * form and captcha shown, so the answer goes with the image the user saw).
 *
 * <p>Writes return a {@link PostResult}: {@code Posted}; {@code Refused} in the site's words (nothing stored);
 * {@code NeedsLogin} when only a member may do it or the session has ended (the caller signs in again and keeps the
 * draft); {@code NeedsCaptcha} with a freshly loaded image. Text the site charset cannot carry throws
 * {@link UnencodableText} before anything is sent; no answer is the connection's {@link IOException}; an answer that
 * is neither a Discuz message nor the expected form is {@link UnexpectedPage}.
 *
 * <p>Passwords are used for the one request that needs them: never logged, kept or put into a message.
 */
public final class DiscuzAccount {
    private final SiteCalls calls;
    private final SiteConnection guarded;
    private final Clock clock;
    /** The forms' writers, made on first use: a session that only reads never loads them. */
    private Writers writers;

    /** What signs in, writes comments, reacts, keeps favourites and posts in the forum, over one set of calls. */
    private record Writers(LoginFlow login, CommentWriter comments, CommentEditor editor, OwnComments own,
                           ReactionWriter reactions, FavoriteWriter favorites,
                           dev.fenghuang.site.forum.ForumWriter forumPosts,
                           dev.fenghuang.site.forum.ThreadFavoriteWriter threadFavorites) {
    }

    /**
     * @param base the site root ({@code SITE})
     * @param connection the account's connection; its pages tell the site charset used to encode forms
     * @param clock the site's local time, for the times of comments read back
     */
    public DiscuzAccount(URI base, SiteConnection connection, Clock clock) {
        this.guarded = OriginGuard.around(base, connection);
        this.calls = new SiteCalls(guarded, new DiscuzUrls(base, StandardCharsets.UTF_8));
        this.clock = clock;
    }

    private synchronized Writers writers() {
        if (writers == null) {
            CaptchaLoader captchas = new CaptchaLoader(guarded, calls.urls().base(), clock);
            OwnComments own = new OwnComments(calls, clock);
            writers = new Writers(new LoginFlow(calls, captchas, this::whoami), new CommentWriter(calls, captchas, own),
                    new CommentEditor(calls), own, new ReactionWriter(calls), new FavoriteWriter(calls, clock),
                    new dev.fenghuang.site.forum.ForumWriter(calls, captchas, clock),
                    new dev.fenghuang.site.forum.ThreadFavoriteWriter(calls, clock));
        }
        return writers;
    }

    /** Replies, new threads and edits in the forum, on this account's session (4.4–4.6). */
    public dev.fenghuang.site.forum.ForumWriter forumPosts() {
        return writers().forumPosts();
    }

    /** Thread favourites on this account's session (4.8). */
    public dev.fenghuang.site.forum.ThreadFavoriteWriter threadFavorites() {
        return writers().threadFavorites();
    }

    /**
     * Reads the login form: the security questions it offers and, when it shows one, the captcha image (loaded
     * with a Referer of the site). A client already signed in gets {@link LoginForm#signedIn()}.
     */
    public LoginForm loginForm() throws IOException {
        return writers().login().form();
    }

    /**
     * Signs in through the form last read by {@link #loginForm()} (or a fresh one). Each try uses up the captcha:
     * after a {@code Refused} read the form again; {@code NeedsCaptcha} already carries the next image.
     *
     * @param password not kept: a copy is made for the request and zeroed
     * @param questionId 0 for none, else the id of one of {@link LoginForm#questions()}
     * @param captchaAnswer the characters of the captcha shown, or null when none was shown
     * @return {@code Posted} with the uid; {@code Refused} of kind LOGIN_FAILED for a wrong password (values
     *     {@code loginperm}: tries left), a lock-out or a security question ({@link LoginTrouble} tells which);
     *     {@code NeedsCaptcha}; {@code Refused} for a banned or inactive account
     */
    public PostResult login(String username, char[] password, int questionId, String answer, boolean staySignedIn,
                            String captchaAnswer) throws IOException {
        return writers().login().login(username, password, questionId, answer, staySignedIn, captchaAnswer);
    }

    /** {@link #login(String, char[], int, String, boolean, String)} answering a captcha under its own hash. */
    public PostResult loginWithCaptcha(String username, char[] password, int questionId, String answer,
                                       boolean staySignedIn, dev.fenghuang.model.forum.CaptchaAnswer captcha)
            throws IOException {
        return writers().login().loginWithCaptcha(username, password, questionId, answer, staySignedIn, captcha);
    }

    /** Who the site says is signed in, from the portal front page; {@link Member#GUEST} when nobody. */
    public Member whoami() throws IOException {
        WebPage page = calls.page(calls.urls().index());
        Document doc = Jsoup.parse(page.text() == null ? "" : page.text(), calls.urls().index().toString());
        if (MessageParser.isMobileTemplate(doc)) {
            throw new UnexpectedPage(calls.urls().index().toString(), "the site served its mobile template");
        }
        return MemberParser.of(doc, page.text());
    }

    /** Follows the page's logout link (it carries the form hash); the caller then clears the cookies. */
    public PostResult logout() throws IOException {
        return writers().login().logout();
    }

    /** Posts a comment on an article; see {@link #comment(long, String, String)}. */
    public PostResult comment(long aid, String text) throws IOException {
        return comment(aid, text, null);
    }

    /**
     * Posts a comment through the article's own form. {@code Posted} carries the new comment's id and
     * {@code pending} when the article page, read again, shows it held (待审核); flood control is {@code Refused}
     * of kind TOO_FAST with {@code waittime}; a session the site no longer knows is {@code NeedsLogin}.
     *
     * @param captchaAnswer the answer to the captcha of the last {@code NeedsCaptcha}, or null
     */
    public PostResult comment(long aid, String text, String captchaAnswer) throws IOException {
        return writers().comments().comment(aid, text, captchaAnswer, newest -> { });
    }

    /**
     * The same, telling {@code beforeSend} the newest comment id on the article page right before the comment's
     * request goes out (after the form was read, captcha and all), so the caller can record that it may be sent.
     */
    public PostResult comment(long aid, String text, String captchaAnswer, BeforeSend beforeSend) throws IOException {
        return writers().comments().comment(aid, text, captchaAnswer, beforeSend);
    }

    /** Called once per request that carries a comment, just before it leaves. */
    @FunctionalInterface
    public interface BeforeSend {
        /** @param newestCommentId the highest comment id the article page showed, 0 when it showed none */
        void sending(long newestCommentId) throws IOException;
    }

    /**
     * The {@code [quote]NAME: TEXT[/quote]} the site builds for a reply to a comment.
     *
     * @throws SiteRefused when the site answers with a message instead
     */
    public String quote(long cid) throws IOException {
        return writers().editor().quote(cid);
    }

    /** Replaces a comment's text (its author, or a manager). {@code Posted} carries the cid. */
    public PostResult editComment(long cid, String text) throws IOException {
        return writers().editor().edit(cid, text);
    }

    /** A comment's text as its edit dialog shows it to the author or a manager; {@code SiteRefused} otherwise. */
    public String commentText(long cid) throws IOException {
        return writers().editor().text(cid);
    }

    /** Deletes a comment (its author, or a manager). {@code Posted} carries the cid. */
    public PostResult deleteComment(long cid) throws IOException {
        return writers().editor().delete(cid);
    }

    /**
     * The newest comment by {@code authorUid} with this text on the article page or the first page of its comment
     * list: after a failure that leaves it unclear whether a comment arrived, so it is never posted twice.
     */
    public Optional<Comment> findOwnComment(long aid, String text, long authorUid) throws IOException {
        return writers().own().find(aid, text, authorUid, 0);
    }

    /**
     * The same, among comments newer than {@code newerThan} only: an older comment of the same text is not the one
     * that was sent.
     */
    public Optional<Comment> findOwnComment(long aid, String text, long authorUid, long newerThan) throws IOException {
        return writers().own().find(aid, text, authorUid, newerThan);
    }

    /**
     * Reacts to an article (表态) with the reaction of that name or position as this site numbers them, read from
     * the article page. {@code Posted} carries the clickid; 您已表过态 and 您不能给自己表态 are {@code Refused}.
     */
    public PostResult react(long aid, String nameOrPosition) throws IOException {
        return writers().reactions().react(aid, nameOrPosition);
    }

    /** Adds an article to the member's favourites. {@code Posted} carries the favid; a repeat is {@code Refused}. */
    public PostResult favorite(long aid) throws IOException {
        return writers().favorites().favorite(aid);
    }

    /**
     * One page (1-based) of the member's article favourites, newest first.
     *
     * @throws SiteRefused for a guest (请先登录后才能继续浏览) or favourites switched off
     */
    public FavoriteList favorites(int page) throws IOException {
        return writers().favorites().list(page);
    }

    /** Removes a favourite. {@code Posted} carries the favid; one that is gone is {@code Refused}. */
    public PostResult unfavorite(long favid) throws IOException {
        return writers().favorites().unfavorite(favid);
    }
}
