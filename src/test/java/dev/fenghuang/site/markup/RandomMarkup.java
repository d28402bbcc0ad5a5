package dev.fenghuang.site.markup;

import java.util.Random;

/**
 * Random markup for tests that compare a walk with the selector it replaces: nested elements from a test's own set
 * of opening and closing tags, down to five levels, with leaves between them. A test that also wants unclosed
 * elements names how rarely one is left open; the draws from {@code Random} are the same for a given seed and set.
 */
public final class RandomMarkup {
    private static final int MAX_DEPTH = 5;

    private final String[] open;
    private final String[] close;
    private final String[] leaves;
    private final int unclosedOneIn;

    private RandomMarkup(String[] open, String[] close, String[] leaves, int unclosedOneIn) {
        if (open.length != close.length) {
            throw new IllegalArgumentException("an opening tag needs its closing tag");
        }
        this.open = open.clone();
        this.close = close.clone();
        this.leaves = leaves.clone();
        this.unclosedOneIn = unclosedOneIn;
    }

    /** Markup whose elements are always closed. */
    public static RandomMarkup closed(String[] open, String[] close, String[] leaves) {
        return new RandomMarkup(open, close, leaves, 0);
    }

    /** Markup that leaves about one element in {@code oneIn} unclosed, for a parser to mend. */
    public static RandomMarkup sometimesUnclosed(String[] open, String[] close, String[] leaves, int oneIn) {
        return new RandomMarkup(open, close, leaves, oneIn);
    }

    /** One to four parts, each an element holding more parts or a leaf. */
    public String next(Random random) {
        return parts(random, 0);
    }

    private String parts(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (depth < MAX_DEPTH && random.nextInt(3) > 0) {
                int kind = random.nextInt(open.length);
                out.append(open[kind]).append(parts(random, depth + 1));
                if (unclosedOneIn == 0 || random.nextInt(unclosedOneIn) > 0) {
                    out.append(close[kind]);
                }
            } else {
                out.append(leaves[random.nextInt(leaves.length)]);
            }
        }
        return out.toString();
    }
}
