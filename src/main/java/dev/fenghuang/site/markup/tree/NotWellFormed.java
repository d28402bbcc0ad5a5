package dev.fenghuang.site.markup.tree;

/** Thrown inside {@link WellFormedHtml} when a page needs the HTML parser's error handling; never leaves it. */
final class NotWellFormed extends RuntimeException {
    static final NotWellFormed INSTANCE = new NotWellFormed();
    private static final long serialVersionUID = 1L;

    private NotWellFormed() {
        super("not well formed", null, false, false);
    }
}
