package dev.fenghuang.cli;

/** Checks page numbers given on the command line. */
final class PageNumber {
    private PageNumber() {
    }

    static void check(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("--page must be 1 or more, not " + page);
        }
    }
}
