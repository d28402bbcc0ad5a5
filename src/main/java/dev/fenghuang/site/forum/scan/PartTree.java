package dev.fenghuang.site.forum.scan;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One element of a thread page outside its posts (the breadcrumb {@code div#pt}, a pager, {@code div#postlist} with
 * its header, the reply form's tag) built as nodes straight from its tags ({@link TagScanner}), for the plain markup
 * jsoup's parser builds as written: the tags {@link ThreadPageScan} walks, each element closed by its own end tag in
 * order, tables holding only rows and cells (with the {@code tbody} jsoup adds where a row stands in a table) and
 * white space, no block inside {@code p}, no link in a link, no list item or definition in another, no heading in a
 * heading, no self-closed element that is not void. Comments are kept as jsoup keeps them. On anything else it
 * refuses, and the caller has jsoup parse the page's skeleton ({@link ThreadPageFrame}), which stays the reference.
 * The caller hands each token on with {@link #accept}; each is looked at once, so building is linear.
 */
public final class PartTree {
    private static final int MAX_DEPTH = 48;
    /** Sets of tag names by their numbers in {@link TagNames}. */
    private static final long BLOCK = TagNames.set("div", "p", "dl", "dt", "dd", "ul", "ol", "li", "table", "tbody",
            "tr", "td", "th", "h1", "h2", "h3", "h4", "hr", "br");
    private static final long VOID = TagNames.set("img", "br", "input", "hr");

    private final TagScanner tags;
    private final List<Element> stack = new ArrayList<>();
    /** The number of each open element's name, as {@link #stack}. */
    private final int[] kinds = new int[MAX_DEPTH + 1];
    private Element root;
    private boolean refused;
    private final NestingRule nesting = new NestingRule();

    PartTree(TagScanner tags) {
        this.tags = tags;
    }

    /** The element built from the tokens {@code tags} reads from {@code from}, or null where it is refused. */
    static Element built(String text, int from, int limit) {
        TagScanner tags = new TagScanner(text, from, limit);
        PartTree tree = new PartTree(tags);
        while (tree.accept(tags.next())) {
            if (tree.closed()) {
                return tree.root;
            }
        }
        return null;
    }

    /** Adds the scanner's current token; false from the first token refused on. */
    boolean accept(int kind) {
        if (!refused) {
            refused = !switch (kind) {
                case TagScanner.TEXT -> text();
                case TagScanner.COMMENT -> !stack.isEmpty() && add(new Comment(tags.comment()));
                case TagScanner.START -> start();
                case TagScanner.END -> end();
                default -> false;
            };
        }
        return !refused;
    }

    /** Whether the first element is built and closed. */
    boolean closed() {
        return root != null && stack.isEmpty() && !refused;
    }

    /** The element built, once {@link #closed()}; else null. */
    Element root() {
        return closed() ? root : null;
    }

    /** Puts an element built elsewhere (a post's stand-in) where the tokens stand. */
    void insert(Element element) {
        if (!refused && !stack.isEmpty() && !TagNames.in(NestingRule.IN_TABLE, topKind())) {
            top().appendChild(element);
        } else {
            refused = true;
        }
    }

    private boolean text() {
        if (stack.isEmpty()) {
            return false;
        }
        if (TagNames.in(NestingRule.IN_TABLE, topKind()) && !tags.isBlankText()) {
            return false;
        }
        return add(new TextNode(tags.text()));
    }

    private boolean add(Node node) {
        top().appendChild(node);
        return true;
    }

    private boolean start() {
        String name = tags.name();
        int kind = tags.kind();
        boolean isVoid = TagNames.in(VOID, kind);
        if (!TagNames.in(NestingRule.INLINE | BLOCK, kind) || tags.selfClosing() && !isVoid) {
            return false;
        }
        if (root == null) {
            root = new Element(TagNames.tag(name), null, attributes(tags));
            push(root, kind);
            return !isVoid;
        }
        if (stack.isEmpty() || stack.size() >= MAX_DEPTH || !allowed(kind)) {
            return false;
        }
        if (kind == TagNames.TR && topKind() == TagNames.TABLE_TAG) {
            Element body = new Element(TagNames.tag("tbody"), null);
            top().appendChild(body);
            push(body, TagNames.TBODY);
        }
        Element element = new Element(TagNames.tag(name), null, attributes(tags));
        top().appendChild(element);
        if (!isVoid) {
            push(element, kind);
        }
        return true;
    }

    private void push(Element element, int kind) {
        kinds[stack.size()] = kind;
        stack.add(element);
        nesting.count(kind, 1);
    }

    private int topKind() {
        return kinds[stack.size() - 1];
    }

    /** Whether jsoup builds this start tag where it stands as written (see the class comment). */
    private boolean allowed(int kind) {
        int parent = topKind();
        return nesting.allows(parent, kind);
    }

    /** An end tag closes the element on top (a {@code tbody} jsoup added closes with its table); else refused. */
    private boolean end() {
        if (stack.isEmpty()) {
            return false;
        }
        int kind = tags.kind();
        int depth = stack.size() - 1;
        if (kind == TagNames.TABLE_TAG && kinds[depth] == TagNames.TBODY && depth > 0
                && kinds[depth - 1] == TagNames.TABLE_TAG) {
            stack.remove(depth--);
        }
        if (kind < 0 || kinds[depth] != kind) {
            return false;
        }
        stack.remove(depth);
        nesting.count(kind, -1);
        return true;
    }

    /** The element of the scanner's current start tag, with its attributes as jsoup keeps them. */
    static Element element(TagScanner tags) {
        return new Element(TagNames.tag(tags.kind(), tags.name()), null, attributes(tags));
    }

    private static Attributes attributes(TagScanner tags) {
        int count = tags.attributeCount();
        if (count == 0) {
            return null;
        }
        Attributes attributes = new Attributes();
        for (int i = 0; i < count; i++) {
            String key = tags.attributeName(i);
            if (!attributes.hasKey(key)) {
                attributes.put(key, tags.attributeValue(i));
            }
        }
        return attributes;
    }

    private Element top() {
        return stack.get(stack.size() - 1);
    }
}
