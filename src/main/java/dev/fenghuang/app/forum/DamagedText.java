package dev.fenghuang.app.forum;

/**
 * Text that arrived damaged (U+FFFD where bytes were not UTF-8): refused before anything is saved or sent, since
 * posting it would put garbage on the site.
 */
public final class DamagedText extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    DamagedText() {
        super("the text holds U+FFFD (bytes that were not UTF-8): nothing was saved or sent");
    }
}
