package dev.fenghuang.site.forum.scan;

/**
 * Where jsoup builds a start tag as written, in a tree walked start tag by end tag: table parts only in their own
 * parents; no block in an open paragraph, link in a link, item in an item or heading in a heading. Keeps the counts
 * of open paragraphs, links, items and headings that rule needs. Shared by {@link PartTree} and
 * {@link ThreadPageScan}; plain counters, so the walk allocates nothing per tag.
 */
final class NestingRule {
    /** Sets of tag names by their numbers in {@link TagNames}. */
    static final long INLINE = TagNames.set("span", "a", "em", "strong", "b", "i", "img", "sup", "sub",
            "font", "small", "u", "cite", "label", "input", "ignore_js_op");
    static final long IN_TABLE = TagNames.set("table", "tbody", "tr");
    private static final long TABLE_PARTS = TagNames.set("tbody", "tr", "td", "th");
    private static final long ITEMS = TagNames.set("li", "dt", "dd");
    private static final long HEADINGS = TagNames.set("h1", "h2", "h3", "h4");

    private int paragraphs;
    private int links;
    private int items;
    private int headings;

    /** Counts an element of this kind opened ({@code step} 1) or closed ({@code step} -1). */
    void count(int kind, int step) {
        if (kind == TagNames.P) {
            paragraphs += step;
        } else if (kind == TagNames.A) {
            links += step;
        } else if (TagNames.in(ITEMS, kind)) {
            items += step;
        } else if (TagNames.in(HEADINGS, kind)) {
            headings += step;
        }
    }

    /** Whether a start tag of kind {@code kind} is built where it stands, in an element of kind {@code parent}. */
    boolean allows(int parent, int kind) {
        if (TagNames.in(IN_TABLE, parent) || TagNames.in(TABLE_PARTS, kind)) {
            return parent == TagNames.TABLE_TAG && (kind == TagNames.TBODY || kind == TagNames.TR)
                    || parent == TagNames.TBODY && kind == TagNames.TR
                    || parent == TagNames.TR && (kind == TagNames.TD || kind == TagNames.TH);
        }
        return !(paragraphs > 0 && !TagNames.in(INLINE, kind) && kind != TagNames.BR
                || kind == TagNames.A && links > 0
                || TagNames.in(ITEMS, kind) && items > 0
                || TagNames.in(HEADINGS, kind) && headings > 0);
    }
}
