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
    COMMENTS("comments", "c"),
    SEARCH("search", "/"),
    NEXT_HIT("nextHit", "n"),
    PREVIOUS_HIT("previousHit", "N"),
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
    QUEUE_APPROVE("queueApprove", "a", true),
    QUEUE_DELETE("queueDelete", "d", true),
    QUEUE_IGNORE("queueIgnore", "i", true),
    QUEUE_EDIT("queueEdit", "e", true),
    QUEUE_UNDO("queueUndo", "u", true),
    QUEUE_MARK("queueMark", "Space", true),
    QUEUE_MARK_ALL("queueMarkAll", "*", true),
    QUEUE_SEND("queueSend", "x", true),
    QUEUE_TAB("queueTab", "Tab", true),
    QUEUE_CATEGORY("queueCategory", "c", true),
    QUEUE_PERIOD("queuePeriod", "t", true),
    QUEUE_RECENT("queueRecent", "R", true),
    QUEUE_AUTHOR("queueAuthor", "w", true),
    HELP("help", "?, F1"),
    QUIT("quit", "q"),
    EXIT("exit", "Ctrl-c, Q");

    private final String setting;
    private final String defaults;
    private final boolean queue;

    KeyAction(String setting, String defaults) {
        this(setting, defaults, false);
    }

    /** @param queue whether the key acts on the moderation queue only, where it goes before the reader's keys */
    KeyAction(String setting, String defaults, boolean queue) {
        this.setting = setting;
        this.defaults = defaults;
        this.queue = queue;
    }

    /** Whether the action belongs to the moderation queue's own keys. */
    boolean queue() {
        return queue;
    }

    /** Whether the action is offered only to an account that moderates. */
    public boolean moderation() {
        return queue || this == MODERATION;
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
