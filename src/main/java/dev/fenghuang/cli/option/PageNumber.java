package dev.fenghuang.cli.option;

import java.util.OptionalInt;

/** A page number as the command line gives it: 1 or more; anything else is no page. */
final class PageNumber {
    private PageNumber() {
    }

    /** The page, or empty for what is not a whole number of at least 1 (0, -1, x, one past {@code int}). */
    static OptionalInt parse(String value) {
        try {
            int page = Integer.parseInt(value.strip());
            return page >= 1 ? OptionalInt.of(page) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
