package dev.fenghuang.tui.write;

import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.read.FavoritesView;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.SiteWords;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Favorite;
import dev.fenghuang.model.FavoriteList;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taking part from the reader: signing in and out, comments, reactions and favourites, each run off the UI thread
 * through the application's write API and told in the status bar in the site's own words. When the site wants a
 * member, the sign-in form opens and what was being done is done again after it.
 */
public final class Writes {
    private static final Logger log = LoggerFactory.getLogger(Writes.class);

    private final UiLoop ui;
    private final Participation participation;
    private final Texts texts;
    private Member member = Member.GUEST;

    /** @param participation the write API, or null when the reader only reads */
    public Writes(UiLoop ui, Participation participation) {
        this.ui = ui;
        this.participation = participation;
        this.texts = ui.texts();
    }

    /** Asks once, in the background, who is signed in, after the first page has loaded and its frame is drawn. */
    public void start() {
        ui.afterFrameWhenIdle(() -> refreshMember(() -> { }));
    }

    private void refreshMember(Runnable then) {
        if (participation == null) {
            return;
        }
        ui.quietly(participation::whoami, m -> {
            member = m;
            ui.account(m);
            then.run();
        }, e -> log.debug("whoami failed: {}", e.toString()));
    }

    Member member() {
        return member;
    }

    Participation participation() {
        return participation;
    }

    UiLoop ui() {
        return ui;
    }

    private boolean ready() {
        if (participation == null) {
            ui.error(texts.get("tui.write.unavailable"));
        }
        return participation != null;
    }

    /** The account key: the sign-in form for a guest, signing out (after a question) for a member. */
    public void account() {
        if (!ready()) {
            return;
        }
        if (member.isGuest()) {
            signIn(() -> { });
        } else {
            ui.push(new Confirm(texts.get("tui.logout.confirm", TerminalText.clean(member.name())), this::logout,
                    () -> ui.message(texts.get("tui.cancelled"))));
        }
    }

    /** Opens the sign-in form; {@code then} runs after a successful sign-in. */
    void signIn(Runnable then) {
        SignInForm form = new SignInForm(this, then);
        ui.push(form);
        form.load();
    }

    /** The site no longer knows the member: signed out here too, then the sign-in form, then {@code then}. */
    public void signInAgain(Runnable then) {
        member = Member.GUEST;
        ui.account(member);
        signIn(then);
    }

    /** After the site accepted a sign-in: learn the name, say so, and go on with what was being done. */
    void signedIn(Runnable then) {
        refreshMember(() -> {
            ui.message(texts.get("tui.login.done", TerminalText.clean(member.name())));
            then.run();
        });
    }

    private void logout() {
        write(participation::logout, r -> {
            member = Member.GUEST;
            ui.account(member);
            ui.message(texts.get("logout.done"));
        });
    }

    /**
     * Writes a new comment on the article, starting from the newest draft kept for it if there is one; the editor
     * says how many more are kept (none is dropped).
     */
    public void comment(ArticleView view) {
        if (ready()) {
            ui.quietly(() -> participation.drafts().list(view.aid()), drafts -> {
                DraftStore.Draft newest = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                new CommentFlow(this, view, null, "", newest, Math.max(0, drafts.size() - 1)).open();
            }, this::failed);
        }
    }

    /** Writes a reply that quotes a comment. */
    public void quote(ArticleView view, Comment quoted) {
        if (ready()) {
            write(() -> participation.quote(quoted.cid()),
                    q -> new CommentFlow(this, view, null, q, "").open());
        }
    }

    /** Changes a comment (the site decides who may). */
    public void edit(ArticleView view, Comment comment) {
        if (ready()) {
            new CommentFlow(this, view, comment, "", comment.text()).open();
        }
    }

    /** Deletes a comment after a y/n question (the site decides who may). */
    public void delete(ArticleView view, Comment comment) {
        if (!ready()) {
            return;
        }
        Runnable delete = new Runnable() {
            @Override
            public void run() {
                write(() -> participation.deleteComment(view.aid(), comment.cid()),
                        r -> outcome(r, "comment.deleted", this, view::reload));
            }
        };
        ui.push(new Confirm(texts.get("tui.comment.deleteConfirm", TerminalText.clean(comment.author().name())),
                delete, () -> ui.message(texts.get("tui.cancelled"))));
    }

    /** Reacts with the reaction at position {@code n} on the page. */
    public void react(ArticleView view, int n) {
        if (!ready()) {
            return;
        }
        if (n > view.article().reactions().size()) {
            ui.message(texts.get("tui.react.none", String.valueOf(n)));
            return;
        }
        write(() -> participation.react(view.aid(), String.valueOf(n)),
                r -> outcome(r, "react.done", () -> react(view, n), view::reload));
    }

    /** Adds the open article to the favourites. */
    public void favorite(ArticleView view) {
        if (ready()) {
            write(() -> participation.favorite(view.aid()),
                    r -> outcome(r, "favorite.added", () -> favorite(view), () -> { }));
        }
    }

    /** Opens the screen of the member's favourites. */
    public void favorites() {
        if (ready()) {
            ui.open(new FavoritesView(ui, this));
        }
    }

    /** Reads a page of favourites; asks to sign in first when the site wants a member. */
    public void favorites(int page, Consumer<FavoriteList> done) {
        ui.write(() -> participation.favorites(page), done, e -> {
            if (e instanceof SiteRefused refused && member.isGuest()
                    && refused.siteMessage().kind() == SiteMessage.Kind.NO_PERMISSION) {
                ui.error(siteText(refused.siteMessage(), "write.refused"));
                signIn(() -> favorites(page, done));
            } else {
                failed(e);
            }
        });
    }

    /** Removes a favourite after a y/n question; {@code after} runs once the site agreed. */
    public void unfavorite(Favorite f, Runnable after) {
        Runnable remove = () -> write(() -> participation.unfavorite(f.favid()),
                r -> outcome(r, "favorite.removed", () -> { }, after));
        ui.push(new Confirm(texts.get("tui.favorite.removeConfirm", TerminalText.clean(f.title())), remove,
                () -> ui.message(texts.get("tui.cancelled"))));
    }

    /** Says that a draft is kept for the article just opened, if one is. */
    public void offerDraft(long aid) {
        if (participation != null) {
            ui.quietly(() -> participation.drafts().list(aid), drafts -> {
                if (!drafts.isEmpty() && ui.current() instanceof ArticleView v && v.aid() == aid) {
                    ui.message(drafts.size() == 1 ? texts.get("tui.draft.offer")
                            : texts.get("tui.draft.offerMore", String.valueOf(drafts.size())));
                }
            }, e -> log.debug("cannot read the draft: {}", e.toString()));
        }
    }

    /**
     * Tells how a write went: {@code after} on success; the site's words on refusal; the sign-in form, then the
     * write again ({@code retry}), when the site wants a member.
     */
    void outcome(PostResult result, String doneKey, Runnable retry, Runnable after) {
        if (result instanceof PostResult.Posted posted) {
            ui.message(texts.get(doneKey) + (posted.pending() ? " " + texts.get("write.pending") : ""));
            after.run();
        } else if (result instanceof PostResult.NeedsLogin needs) {
            ui.error(siteText(needs.message(), "write.needsLogin"));
            signIn(retry);
        } else if (result instanceof PostResult.NeedsCaptcha needs) {
            ui.error(siteText(needs.message(), "write.needsCaptcha"));
        } else if (result instanceof PostResult.Refused refused) {
            ui.error(siteText(refused.message(), "write.refused"));
        }
    }

    String siteText(SiteMessage m, String fallbackKey) {
        return m.text().isBlank() ? texts.get(fallbackKey) : SiteWords.of(m, texts);
    }

    void failed(Throwable e) {
        ui.error(Problem.of(e).message());
    }

    <T> void write(Callable<T> request, Consumer<T> done) {
        ui.write(request, done, this::failed);
    }
}
