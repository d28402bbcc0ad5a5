package dev.fenghuang.site.markup;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The first element in document order, {@code root} included, that a query matches: what
 * {@code root.selectFirst(query)} gives, found by a plain walk. jsoup's own search sets up a stream and a node
 * iterator per call, which outweighs the walk in the small subtrees a comment or a meta line is. For queries that
 * keep no state between elements (tags, classes, ids, attributes, and their combinations). {@link #all} is the same
 * walk for {@code root.select(query)}.
 */
public final class FirstMatch {
    private FirstMatch() {
    }

    /** Every element in document order, {@code root} included, that the query matches: {@code root.select(query)}. */
    public static List<Element> all(Element root, String query) {
        Evaluator evaluator = Css.of(query);
        List<Element> found = new ArrayList<>();
        for (Element e = root; e != null; e = next(root, e)) {
            if (evaluator.matches(root, e)) {
                found.add(e);
            }
        }
        return found;
    }

    public static Element in(Element root, String query) {
        Evaluator evaluator = Css.of(query);
        Element e = root;
        while (e != null) {
            if (evaluator.matches(root, e)) {
                return e;
            }
            e = next(root, e);
        }
        return null;
    }

    /** The element after {@code e} in document order inside {@code root}, or null. */
    private static Element next(Element root, Element e) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        while (e != root) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
            e = e.parent();
        }
        return null;
    }
}
