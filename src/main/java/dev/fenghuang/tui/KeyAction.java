package dev.fenghuang.tui;

/**
 * What a key does. Each action has the name used in the settings ({@code keys.down = j, ArrowDown}) and its
 * default keys; the help overlay lists them in this order.
 */
public enum KeyAction {
    DOWN("down", "j, ArrowDown"),
    UP("up", "k, ArrowUp"),
    OPEN("open", "Enter, l, ArrowRight"),
    BACK("back", "h, ArrowLeft, Backspace, Escape"),
    PAGE_DOWN("pageDown", "Space, PageDown, Ctrl-f"),
    PAGE_UP("pageUp", "b, PageUp, Ctrl-b"),
    TOP("top", "g, Home"),
    BOTTOM("bottom", "G, End"),
    PREVIOUS_PAGE("previousPage", "["),
    NEXT_PAGE("nextPage", "]"),
    NEXT_UNREAD("nextUnread", "u"),
    MARK_LIST_READ("markListRead", "U"),
    COMMENTS("comments", "c"),
    SEARCH("search", "/"),
    NEXT_HIT("nextHit", "n"),
    PREVIOUS_HIT("previousHit", "N"),
    SITE_SEARCH("siteSearch", "s"),
    SEARCH_SOURCE("searchSource", "S"),
    GO_TO("goTo", ":"),
    RELOAD("reload", "r"),
    BROWSER("browser", "o"),
    COPY_LINK("copyLink", "y"),
    SHOW_IMAGE("showImage", "i"),
    LOGIN("login", "L"),
    COMMENT("comment", "C"),
    QUOTE("quote", "R"),
    EDIT("edit", "E"),
    DELETE("delete", "D"),
    FAVORITE("favorite", "f"),
    FAVORITES("favorites", "F"),
    REMOVE("remove", "d"),
    SEND("send", "Ctrl-s"),
    EXTERNAL_EDITOR("externalEditor", "Ctrl-e"),
    MODERATION("moderation", "M"),
    QUEUE_APPROVE("queueApprove", "a", Scope.QUEUE),
    QUEUE_DELETE("queueDelete", "d", Scope.QUEUE),
    QUEUE_IGNORE("queueIgnore", "i", Scope.QUEUE),
    QUEUE_EDIT("queueEdit", "e", Scope.QUEUE),
    QUEUE_UNDO("queueUndo", "u", Scope.QUEUE),
    QUEUE_MARK("queueMark", "Space", Scope.QUEUE),
    QUEUE_MARK_ALL("queueMarkAll", "*", Scope.QUEUE),
    QUEUE_SEND("queueSend", "x", Scope.QUEUE),
    QUEUE_TAB("queueTab", "Tab", Scope.QUEUE),
    QUEUE_CATEGORY("queueCategory", "c", Scope.QUEUE),
    QUEUE_PERIOD("queuePeriod", "t", Scope.QUEUE),
    QUEUE_RECENT("queueRecent", "R", Scope.QUEUE),
    QUEUE_AUTHOR("queueAuthor", "w", Scope.QUEUE),
    QUEUE_NEXT("queueNext", "f", Scope.QUEUE),
    FORUM_TAB("forumTab", "Tab"),
    PORTAL("portal", "1"),
    FORUM("forum", "2"),
    FORUM_REPLY("forumReply", "R", Scope.FORUM),
    FORUM_QUOTE("forumQuote", "Q", Scope.FORUM),
    FORUM_AUTHOR("forumAuthor", "a", Scope.FORUM),
    FORUM_TYPE("forumType", "t", Scope.FORUM),
    FORUM_JUMP("forumJump", ":", Scope.FORUM),
    FORUM_UNFOLD("forumUnfold", "z", Scope.FORUM),
    FORUM_TOOLS("forumTools", "m", Scope.FORUM),
    FORUM_MARK("forumMark", "x", Scope.FORUM),
    FORUM_NEW_THREAD("forumNewThread", "P", Scope.FORUM),
    HELP("help", "?, F1"),
    QUIT("quit", "q"),
    EXIT("exit", "Ctrl-c, Q");

    /** Where an action's keys count: everywhere, or first on one kind of view, before the reader's keys. */
    public enum Scope {
        READER, QUEUE, FORUM
    }

    private final String setting;
    private final String defaults;
    private final Scope scope;

    KeyAction(String setting, String defaults) {
        this(setting, defaults, Scope.READER);
    }

    /** @param scope where the key acts: on the moderation queue or in the forum only, its keys go first there */
    KeyAction(String setting, String defaults, Scope scope) {
        this.setting = setting;
        this.defaults = defaults;
        this.scope = scope;
    }

    /** Whether the action belongs to the moderation queue's own keys. */
    boolean queue() {
        return scope == Scope.QUEUE;
    }

    Scope scope() {
        return scope;
    }

    /** Whether the action is offered only to an account that moderates. */
    public boolean moderation() {
        return scope == Scope.QUEUE || this == MODERATION;
    }

    /** Whether the action is one of a thread's tools (5.8), offered only where a thread page drew their menu. */
    public boolean threadTools() {
        return this == FORUM_TOOLS || this == FORUM_MARK;
    }

    /** The name after {@code keys.} in the settings. */
    String setting() {
        return setting;
    }

    /** The default keys, as the settings write them. */
    String defaults() {
        return defaults;
    }
}
