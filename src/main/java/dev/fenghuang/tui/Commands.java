package dev.fenghuang.tui;

import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.read.CommentsView;
import dev.fenghuang.tui.read.LinkBox;
import dev.fenghuang.tui.read.SearchSource;
import dev.fenghuang.tui.read.SiteSearchView;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.write.Writes;
import dev.fenghuang.app.Problem;
import java.util.List;

/**
 * What each key action does at the level of the whole reader: going back, help, search, go to, open, copy; the
 * writes (sign in, comments, reactions, favourites) go to {@link Writes}.
 */
final class Commands {
    private final UiLoop ui;
    private final BrowserOpener browser;
    private final Clipboard clipboard;
    private final Writes writes;
    private final ModerationDesk desk;
    private String lastQuery = "";

    Commands(UiLoop ui, BrowserOpener browser, Clipboard clipboard, Writes writes, ModerationDesk desk) {
        this.ui = ui;
        this.browser = browser;
        this.clipboard = clipboard;
        this.writes = writes;
        this.desk = desk;
    }

    void act(KeyAction action, int count) {
        View view = ui.current();
        switch (action) {
            case EXIT -> ui.quit();
            case BACK -> {
                if (ui.cancelRequests()) {
                    ui.message(ui.texts().get("tui.cancelled"));
                } else if (!view.handle(KeyAction.BACK, count) && ui.tabs().canGoBack()) {
                    ui.back();
                }
            }
            case QUIT -> {
                ui.cancelRequests();
                if (!view.handle(KeyAction.BACK, count)) {
                    ui.back();
                }
            }
            case HELP -> ui.showHelp();
            case SEARCH -> ui.ask(ui.texts().get("tui.search.prompt"), this::search);
            case SITE_SEARCH -> siteSearch();
            case SEARCH_SOURCE -> switchSearchSource(view, count);
            case NEXT_HIT, PREVIOUS_HIT -> {
                if (!lastQuery.isEmpty() && !view.search(lastQuery, action == KeyAction.NEXT_HIT)) {
                    ui.message(ui.texts().get("tui.search.none", lastQuery));
                }
            }
            case GO_TO -> ui.ask(ui.texts().get("tui.goto.prompt"), this::goTo);
            case RELOAD -> {
                if (!ui.retry()) {
                    view.reload();
                }
            }
            case BROWSER -> openInBrowser(link(view, count));
            case COPY_LINK -> copy(link(view, count));
            case LOGIN -> writes.account();
            case FAVORITES -> {
                if (!ui.tabs().forumShown() || !view.handle(action, count)) {
                    writes.favorites();
                }
            }
            case MODERATION -> desk.open();
            case FORUM_TAB, PORTAL, FORUM -> ui.tabs().act(action);
            case COMMENT, QUOTE, EDIT, DELETE, FAVORITE -> onArticle(view, action, count);
            case OPEN -> {
                if (count > 0 && view instanceof ArticleView article && article.article() != null) {
                    writes.react(article, count);
                } else {
                    view.handle(action, count);
                }
            }
            default -> view.handle(action, count);
        }
    }

    /** The writes that need an open article; elsewhere the view may still use the key (d in the favourites). */
    private void onArticle(View view, KeyAction action, int count) {
        if (!(view instanceof ArticleView article) || article.article() == null) {
            if (!view.handle(action, count)) {
                ui.message(view instanceof CommentsView ? fromTheArticle(action)
                        : ui.texts().get("tui.write.articleOnly"));
            }
            return;
        }
        switch (action) {
            case COMMENT -> writes.comment(article);
            case FAVORITE -> writes.favorite(article);
            default -> article.comment(count).ifPresentOrElse(c -> {
                switch (action) {
                    case QUOTE -> writes.quote(article, c);
                    case EDIT -> writes.edit(article, c);
                    default -> writes.delete(article, c);
                }
            }, () -> ui.message(ui.texts().get("tui.comment.select")));
        }
    }

    /** The all-comments view selects no comment: the write is done on the article, one Back away. */
    private String fromTheArticle(KeyAction action) {
        List<String> back = ui.options().keys().keys(KeyAction.BACK);
        List<String> write = ui.options().keys().keys(action);
        return ui.texts().get("tui.write.fromArticle", back.isEmpty() ? "" : back.get(0),
                write.isEmpty() ? "" : write.get(0));
    }

    private String link(View view, int count) {
        if (count > 0) {
            String ref = view.reference(count);
            if (ref == null) {
                ui.message(ui.texts().get("tui.noReference", String.valueOf(count)));
                return "";
            }
            return ref;
        }
        String link = view.link();
        if (link == null) {
            ui.message(ui.texts().get("tui.noLink"));
            return "";
        }
        return link;
    }

    /**
     * Asks for a keyword and shows the chosen source's search for it (the site's, or the store's after {@code S});
     * a site without a search says so.
     */
    private void siteSearch() {
        SearchSource source = ui.searchSources().chosen();
        if (source == null) {
            ui.message(ui.texts().get("search.unavailable"));
            return;
        }
        ui.ask(ui.texts().get(source.texts() + "prompt"), keyword -> {
            if (!keyword.isBlank()) {
                ui.open(new SiteSearchView(ui, ui.searchSources(), keyword));
            }
        });
    }

    /** {@code S}: on the search view, the same words in the other source; elsewhere, asks in the other source. */
    private void switchSearchSource(View view, int count) {
        if (!view.handle(KeyAction.SEARCH_SOURCE, count)) {
            ui.searchSources().switchOver();
            siteSearch();
        }
    }

    private void search(String query) {
        if (query.isEmpty()) {
            return;
        }
        lastQuery = query;
        if (!ui.current().search(query, true)) {
            ui.message(ui.texts().get("tui.search.none", query));
        }
    }

    private void goTo(String input) {
        if (input.isEmpty()) {
            return;
        }
        GoToTarget.parse(input).ifPresentOrElse(t -> {
            // A read still on its way (going back to a list, say) must not land over where the user went.
            ui.cancelRequests();
            if (t.kind() == GoToTarget.Kind.ARTICLE) {
                ui.open(new ArticleView(ui, t.id(), java.util.OptionalLong::empty));
            } else {
                ui.tabs().root().openCategory((int) t.id());
            }
        }, () -> ui.error(ui.texts().get("tui.goto.bad")));
    }

    /**
     * An http(s) link opens at once; any other is shown with a yes/no question first. Where no browser can show it
     * (over SSH, no display, the opener failed), the link is offered in a box to copy or click instead.
     */
    private void openInBrowser(String url) {
        if (url.isEmpty()) {
            return;
        }
        if (!BrowserOpener.isWebLink(url)) {
            ui.push(new Confirm(ui.texts().get("tui.open.otherScheme", url),
                    () -> opened(url, browser.openConfirmed(url, status -> failed(url, status))),
                    () -> ui.message(ui.texts().get("tui.open.notOpened"))));
            return;
        }
        opened(url, browser.open(url, status -> failed(url, status)));
    }

    private void opened(String url, BrowserOpener.Outcome outcome) {
        switch (outcome) {
            case STARTED -> ui.message(ui.texts().get("tui.opening", url));
            case OVER_SSH -> offer(url, ui.texts().get("tui.link.overSsh"));
            case NO_DISPLAY -> offer(url, ui.texts().get("tui.link.noDisplay"));
            default -> offer(url, ui.texts().get("tui.link.noBrowser"));
        }
    }

    /** The opener ended with a failure (on the worker): the link is offered once the UI thread gets to it. */
    private void failed(String url, int status) {
        ui.post(() -> offer(url, ui.texts().get("tui.link.failed", String.valueOf(status))));
    }

    private void offer(String url, String reason) {
        ui.push(new LinkBox(ui, clipboard, reason, url));
    }

    private void copy(String url) {
        if (url.isEmpty()) {
            return;
        }
        try {
            clipboard.copy(url);
            ui.message(ui.texts().get("tui.copied", url));
        } catch (Exception e) {
            ui.error(Problem.of(e).message());
        }
    }
}
