package dev.fenghuang.cli.output;

import dev.fenghuang.app.Texts;

/**
 * A page asked for past the last one: a failure (exit 1) that says which page is the last, not an empty page that
 * looks like success to a script paging until it runs dry.
 */
public final class PastTheLastPage {
    private PastTheLastPage() {
    }

    /**
     * @param asked the page asked for
     * @param pageCount the pages the site has (0 or 1 when it shows no pager)
     * @throws IllegalArgumentException when {@code asked} is past the last page
     */
    public static void check(int asked, int pageCount, Texts texts) {
        int last = Math.max(1, pageCount);
        if (asked > last) {
            throw new IllegalArgumentException(texts.get("page.pastTheLast", String.valueOf(asked),
                    String.valueOf(last)));
        }
    }
}
