package dev.fenghuang.site.forum.scan;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A post's body ({@code td.t_f}) or attachment list ({@code div.pattl}) built as nodes straight from its tags
 * ({@link TagScanner}), without jsoup's parser, for the plain markup on which that parser builds exactly what is
 * written: known tags only, each element closed by its own end tag in order, no block in a {@code p}, no link in a
 * link, no list item or definition in another unless it closes the one on top (or the list closes it) as jsoup does,
 * no heading in a heading, no self-closed element that is not
 * void, no table, form, script, {@code pre} or comment. On anything else it gives null, and the caller has jsoup parse
 * the fragment ({@link ThreadPageScan#fragment}), which stays the reference: the tests compare both trees' HTML.
 * {@link ThreadPageScan} hands it the tokens of a body while it scans the body for its end, so a body is read once.
 * Each character is looked at a bounded number of times, so building is linear in the fragment's length.
 */
public final class BodyTree {
    private static final int MAX_DEPTH = 48;
    /** Elements with no content: never on the stack, a self-closing slash allowed. Sets by {@link TagNames} number. */
    private static final long VOID = TagNames.set("br", "img", "wbr", "hr");
    /** Start tags before which jsoup closes an open {@code p}: refused inside one. */
    private static final long CLOSES_P = TagNames.set("div", "p", "blockquote", "center", "dl", "ol", "ul", "li",
            "dt", "dd", "hr", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements jsoup inserts where they stand, with nothing closed before them. */
    private static final long INLINE = TagNames.set("a", "b", "strong", "i", "em", "u", "s", "strike", "font",
            "span", "sup", "sub", "small", "big", "code", "tt", "cite", "del", "ins", "abbr", "q", "kbd", "var",
            "label", "ignore_js_op");
    private static final long HEADINGS = TagNames.set("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements that end jsoup's search for an open list item (its "special" elements bar address, div, p). */
    private static final long ITEM_SCOPE = TagNames.set("blockquote", "center", "dl", "ol", "ul", "li", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6");
    private static final long ITEMS = TagNames.set("li", "dt", "dd");
    private static final long LISTS = TagNames.set("ol", "ul", "dl");
    private static final int LI = Long.numberOfTrailingZeros(TagNames.set("li"));

    private final TagScanner tags;
    private final Element holder;
    private final List<Element> stack = new ArrayList<>();
    /** The number in {@link TagNames} of each element on the stack's name, the holder's first. */
    private final int[] kinds = new int[MAX_DEPTH + 1];
    private boolean refused;
    private int paragraphsOpen;
    private int linksOpen;

    /**
     * A tree to be built from the tokens {@code tags} reads next, as the content of a {@code holderTag} element:
     * the caller hands each token on with {@link #accept} while it scans the fragment.
     */
    BodyTree(TagScanner tags, String holderTag) {
        this.tags = tags;
        this.holder = new Element(TagNames.tag(holderTag), null);
        stack.add(holder);
        kinds[0] = TagNames.index(holderTag, 0, holderTag.length());
    }

    /** Adds the scanner's current token (text, start or end tag); false from the first token refused on. */
    boolean accept(int kind) {
        if (!refused) {
            refused = !switch (kind) {
                case TagScanner.TEXT -> text();
                case TagScanner.START -> start();
                case TagScanner.END -> end();
                default -> false;
            };
        }
        return !refused;
    }

    /**
     * The fragment's tree (the element jsoup's fragment parse gives) at base {@code base}, what is still open left
     * open as jsoup leaves it at the fragment's end; null where a token was refused.
     */
    public Element tree(String base) {
        if (refused) {
            return null;
        }
        holder.setBaseUri(base);
        return holder;
    }

    private boolean text() {
        top().appendChild(new TextNode(tags.text()));
        return true;
    }

    private boolean start() {
        int kind = tags.kind();
        boolean isVoid = TagNames.in(VOID, kind);
        if (!isVoid && !TagNames.in(INLINE | CLOSES_P, kind) || tags.selfClosing() && !isVoid) {
            return false;
        }
        int depth = stack.size() - 1;
        if (TagNames.in(CLOSES_P, kind) && paragraphsOpen > 0 || kind == TagNames.A && linksOpen > 0
                || TagNames.in(HEADINGS, kind) && TagNames.in(HEADINGS, kinds[depth])) {
            return false;
        }
        if (isItemInItem(kind)) {
            if (!TagNames.in(ITEMS, kinds[depth])) {
                return false;
            }
            stack.remove(depth);
        }
        Element element = PartTree.element(tags);
        top().appendChild(element);
        if (isVoid) {
            return true;
        }
        if (stack.size() >= MAX_DEPTH) {
            return false;
        }
        kinds[stack.size()] = kind;
        stack.add(element);
        count(kind, 1);
        return true;
    }

    /** A {@code li} where one is open, or a {@code dt}/{@code dd} where one is, up to the nearest list or block. */
    private boolean isItemInItem(int kind) {
        boolean listItem = kind == LI;
        if (!listItem && !TagNames.in(ITEMS, kind)) {
            return false;
        }
        for (int i = stack.size() - 1; i > 0; i--) {
            int open = kinds[i];
            if (listItem ? open == LI : TagNames.in(ITEMS, open) && open != LI) {
                return true;
            }
            if (TagNames.in(ITEM_SCOPE, open)) {
                return false;
            }
        }
        return false;
    }

    /**
     * An end tag closes the element on top, or a list ({@code ol}, {@code ul}, {@code dl}) closes with its last item
     * left open, as jsoup closes it; any other end tag is refused.
     */
    private boolean end() {
        int depth = stack.size() - 1;
        int kind = tags.kind();
        int top = kinds[depth];
        if (depth > 1 && TagNames.in(ITEMS, top) && TagNames.in(LISTS, kind) && kinds[depth - 1] == kind) {
            stack.remove(depth--);
        } else if (depth == 0 || kind < 0 || top != kind) {
            return false;
        }
        stack.remove(depth);
        count(kind, -1);
        return true;
    }

    private void count(int kind, int step) {
        if (kind == TagNames.P) {
            paragraphsOpen += step;
        } else if (kind == TagNames.A) {
            linksOpen += step;
        }
    }

    private Element top() {
        return stack.get(stack.size() - 1);
    }
}
