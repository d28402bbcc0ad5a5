package dev.fenghuang.tui;

import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.forum.ForumView;
import dev.fenghuang.tui.forum.ThreadView;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.read.BrowseView;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The reader's two tabs, the portal and the forum, each a stack of views kept as it was left. {@code Tab} switches
 * to the other tab, {@code 1} to the portal, {@code 2} to the forum; the forum's first view is made when it is
 * first shown.
 */
final class Tabs {
    private final UiLoop ui;
    private Deque<View> views = new ArrayDeque<>();
    /** The views of the tab not shown (the forum's while the portal shows, and back). */
    private Deque<View> otherTab = new ArrayDeque<>();
    private boolean forumShown;
    /** What the forum tab stands on, made when the tab is first shown. */
    private Later<ForumParts> forum;
    /** The article opened at start ({@code --open}); leaving it shows its category's list first. */
    private ArticleView openedAtStart;

    Tabs(UiLoop ui) {
        this.ui = ui;
    }

    /** What the forum tab reads and writes through, made when the tab is first shown. */
    void forum(Later<ForumParts> parts) {
        forum = parts;
    }

    /** The portal's first views: the article asked for (if any) on top of the sections. */
    void start(BrowseView sections, ArticleView openedAtStart) {
        views.push(sections);
        if (openedAtStart != null) {
            this.openedAtStart = openedAtStart;
            views.push(openedAtStart);
        }
    }

    /** Whether the forum's tab is the one shown. */
    boolean forumShown() {
        return forumShown;
    }

    /** Whether the signed-in account may use the forum's thread tools. */
    boolean toolsOffered() {
        return forum != null && forum.made() && forum.get().toolsOffered();
    }

    /** Acts on a tab key: {@code Tab} toggles, {@code 1} shows the portal, {@code 2} the forum. */
    void act(KeyAction action) {
        switch (action) {
            case FORUM_TAB -> show(!forumShown);
            case PORTAL -> show(false);
            case FORUM -> show(true);
            default -> throw new IllegalArgumentException("not a tab key: " + action);
        }
    }

    /** Shows the forum tab or the portal's; each keeps its views as they were left. */
    void show(boolean toForum) {
        if (toForum == forumShown) {
            return;
        }
        Deque<View> shown = views;
        views = otherTab;
        otherTab = shown;
        forumShown = toForum;
        if (views.isEmpty()) {
            views.push(new ForumView(ui, forum == null ? ForumParts.NONE : forum.get()));
        }
    }

    /**
     * The action a key means here: {@code 1} and {@code 2} choose a tab only at a tab's first view and with no
     * count typed before them; elsewhere they are digits (a count, a floor).
     */
    Optional<KeyAction> allowed(Optional<KeyAction> action, int count) {
        boolean tabKey = action.filter(a -> a == KeyAction.PORTAL || a == KeyAction.FORUM).isPresent();
        return tabKey && (count > 0 || views.size() > 1) ? Optional.empty() : action;
    }

    /** Which keys apply on the view shown: the queue's, the forum's or the reader's. */
    KeyAction.Scope scope(boolean onQueue) {
        View on = current();
        return onQueue ? KeyAction.Scope.QUEUE
                : on instanceof ForumView || on instanceof ThreadView ? KeyAction.Scope.FORUM : KeyAction.Scope.READER;
    }

    View current() {
        return views.peek();
    }

    void open(View view) {
        views.push(view);
    }

    /** Whether there is a view to go back to in the tab shown. */
    boolean canGoBack() {
        return views.size() > 1;
    }

    /** The portal's sections, every view above them left. */
    BrowseView root() {
        show(false);
        while (views.size() > 1) {
            views.pop();
        }
        return (BrowseView) views.peek();
    }

    /**
     * Leaves the current view; from the forum's first view, shows the portal. False at the portal's first view
     * (nothing to go back to). Leaving the article opened at start shows the list of its category with it selected,
     * as if it had been opened from there.
     */
    boolean back() {
        if (views.size() > 1) {
            View left = views.pop();
            if (left == openedAtStart && views.size() == 1 && openedAtStart.article() != null) {
                root().openCategory(openedAtStart.article().category().id(), openedAtStart.aid());
            } else {
                current().shownAgain();
            }
            return true;
        }
        if (forumShown) {
            show(false);
            return true;
        }
        return false;
    }

    /**
     * Leaves the current view if it was opened for a read that failed and shows nothing yet; returns what brings
     * it back (nothing when it stays).
     */
    Runnable leaveIfBlank() {
        View on = current();
        if (!on.blank() || views.size() <= 1) {
            return () -> { };
        }
        views.pop();
        return () -> views.push(on);
    }
}
