package dev.fenghuang.site.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
final class PartTree {
    private static final int MAX_DEPTH = 48;
    private static final Set<String> INLINE = Set.of("span", "a", "em", "strong", "b", "i", "img", "sup", "sub",
            "font", "small", "u", "cite", "label", "input", "ignore_js_op");
    private static final Set<String> BLOCK = Set.of("div", "p", "dl", "dt", "dd", "ul", "ol", "li", "table", "tbody",
            "tr", "td", "th", "h1", "h2", "h3", "h4", "hr", "br");
    private static final Set<String> VOID = Set.of("img", "br", "input", "hr");

    private final TagScanner tags;
    private final List<Element> stack = new ArrayList<>();
    private Element root;
    private boolean refused;
    private int paragraphsOpen;
    private int linksOpen;
    private int itemsOpen;
    private int headingsOpen;

    PartTree(TagScanner tags) {
        this.tags = tags;
    }

    /** The element built from the tokens {@code tags} reads from {@code from}, or null where it is refused. */
    static Element built(char[] text, int from, int limit) {
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
        if (!refused && !stack.isEmpty() && !isTablePart(top().normalName())) {
            top().appendChild(element);
        } else {
            refused = true;
        }
    }

    private boolean text() {
        if (stack.isEmpty()) {
            return false;
        }
        if (isTablePart(top().normalName()) && !tags.isBlankText()) {
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
        boolean isVoid = VOID.contains(name);
        if (!INLINE.contains(name) && !BLOCK.contains(name) || tags.selfClosing() && !isVoid) {
            return false;
        }
        if (root == null) {
            root = new Element(TagNames.tag(name), null, attributes(tags));
            stack.add(root);
            count(name, 1);
            return !isVoid;
        }
        if (stack.isEmpty() || stack.size() >= MAX_DEPTH || !allowed(name)) {
            return false;
        }
        if (name.equals("tr") && top().normalName().equals("table")) {
            Element body = new Element(TagNames.tag("tbody"), null);
            top().appendChild(body);
            stack.add(body);
        }
        Element element = new Element(TagNames.tag(name), null, attributes(tags));
        top().appendChild(element);
        if (!isVoid) {
            stack.add(element);
            count(name, 1);
        }
        return true;
    }

    /** Whether jsoup builds this start tag where it stands as written (see the class comment). */
    private boolean allowed(String name) {
        String parent = top().normalName();
        if (isTablePart(parent) || name.equals("tbody") || name.equals("tr") || name.equals("td")
                || name.equals("th")) {
            return parent.equals("table") && (name.equals("tbody") || name.equals("tr"))
                    || parent.equals("tbody") && name.equals("tr")
                    || parent.equals("tr") && (name.equals("td") || name.equals("th"));
        }
        if (paragraphsOpen > 0 && !INLINE.contains(name) && !name.equals("br")
                || name.equals("a") && linksOpen > 0) {
            return false;
        }
        boolean item = name.equals("li") || name.equals("dt") || name.equals("dd");
        return !(item && itemsOpen > 0) && !(isHeading(name) && headingsOpen > 0);
    }

    private static boolean isTablePart(String name) {
        return name.equals("table") || name.equals("tbody") || name.equals("tr");
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** An end tag closes the element on top (a {@code tbody} jsoup added closes with its table); else refused. */
    private boolean end() {
        if (stack.isEmpty()) {
            return false;
        }
        String name = tags.name();
        int depth = stack.size() - 1;
        Element top = stack.get(depth);
        if (name.equals("table") && top.normalName().equals("tbody") && depth > 0
                && stack.get(depth - 1).normalName().equals("table")) {
            stack.remove(depth--);
            top = stack.get(depth);
        }
        if (!top.normalName().equals(name)) {
            return false;
        }
        stack.remove(depth);
        count(name, -1);
        return true;
    }

    private void count(String name, int step) {
        switch (name) {
            case "p" -> paragraphsOpen += step;
            case "a" -> linksOpen += step;
            case "li", "dt", "dd" -> itemsOpen += step;
            case "h1", "h2", "h3", "h4" -> headingsOpen += step;
            default -> {
            }
        }
    }

    /** The element of the scanner's current start tag, with its attributes as jsoup keeps them. */
    static Element element(TagScanner tags) {
        return new Element(TagNames.tag(tags.name()), null, attributes(tags));
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
