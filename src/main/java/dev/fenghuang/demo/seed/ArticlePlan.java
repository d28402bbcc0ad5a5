package dev.fenghuang.demo.seed;

import java.util.List;

/**
 * Which features a generated article has. Features depend on the aid only, so tests and
 * documentation can name the aids; the seed only changes texts, times and small counts.
 *
 * @param comments the number of comments, or -1 for a small seed-driven number
 */
public record ArticlePlan(int aid, int catid, int pages, boolean pageTitles, int comments, boolean commentsAllowed,
        boolean image, boolean link, int sourceKind, boolean originalAuthor, boolean summary, boolean reactions,
        boolean paragraphTags) {
    static final int FIRST_AID = 2;
    public static final int LAST_AID = 73;
    static final int SOURCE_NONE = 0;
    static final int SOURCE_TEXT = 1;
    static final int SOURCE_LINK = 2;

    /** Categories by aid, repeating: 渠县 and the other leaves get most articles, parents a few of their own. */
    private static final List<Integer> CATEGORY_DECK = List.of(2, 5, 7, 3, 2, 6, 1, 4, 2, 7, 5, 8,
            2, 3, 6, 1, 2, 7, 4, 5, 2, 3, 6, 8);

    static ArticlePlan of(int aid) {
        int catid = CATEGORY_DECK.get((aid - FIRST_AID) % CATEGORY_DECK.size());
        return new ArticlePlan(aid, catid, pages(aid), aid != 12, comments(aid), aid != 6,
                aid % 4 == 0 || aid == 3, aid % 5 == 0, sourceKind(aid), aid % 2 == 0, aid % 7 != 0,
                aid % 6 == 0 || aid == 3, aid % 2 == 0);
    }

    private static int pages(int aid) {
        return switch (aid) {
            case 2 -> 3;
            case 3, 12 -> 2;
            case 40 -> 4;
            default -> 1;
        };
    }

    private static int comments(int aid) {
        return switch (aid) {
            case 2, 6, 8 -> 0;
            case 3 -> 125;
            case 4 -> 101;
            case 5 -> 21;
            case 7 -> 26;
            default -> -1;
        };
    }

    private static int sourceKind(int aid) {
        return switch (aid % 3) {
            case 0 -> SOURCE_LINK;
            case 1 -> SOURCE_TEXT;
            default -> SOURCE_NONE;
        };
    }
}
