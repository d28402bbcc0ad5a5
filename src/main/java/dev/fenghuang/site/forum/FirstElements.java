package dev.fenghuang.site.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What {@code selectFirst} finds for the few simple selectors read on every floor of a thread page, walked over the
 * child lists in document order, the root first, without a selector's machinery (the parser bounds the depth).
 * {@code SelectorWalksTest} holds each to its selector.
 */
final class FirstElements {
    private FirstElements() {
    }

    /** {@code tag.className}, or {@code tag} for a null class name. */
    static Element withClass(Element e, String tag, String className) {
        if (e.normalName().equals(tag) && (className == null || e.hasClass(className))) {
            return e;
        }
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                Element found = withClass(child, tag, className);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@code a[href*=part]}, {@code part} in lower case: the href lower-cased as jsoup does before comparing. */
    static Element linkContaining(Element e, String part) {
        if (e.normalName().equals("a") && e.hasAttr("href")
                && e.attr("href").toLowerCase(Locale.ROOT).contains(part)) {
            return e;
        }
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                Element found = linkContaining(child, part);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The link the thread id is read from: {@code div.authi a[href*=viewthread], a.fastre[href]} under {@code root}
     * (the root counting as an ancestor, not as a descendant). {@code inAuthi}: an ancestor of {@code e}, up to the
     * root, is a {@code div.authi}.
     */
    static Element threadLink(Element root, Element e, boolean inAuthi) {
        if (e.normalName().equals("a") && e.hasAttr("href") && (e.hasClass("fastre")
                || inAuthi && e != root && e.attr("href").toLowerCase(Locale.ROOT).contains("viewthread"))) {
            return e;
        }
        boolean childrenInAuthi = inAuthi || e.normalName().equals("div") && e.hasClass("authi");
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                Element link = threadLink(root, child, childrenInAuthi);
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    /**
     * How many element children {@code e} has, counted up to {@code atMost}: {@code childrenSize()} without the list
     * of child elements jsoup builds and keeps for it.
     */
    static int childElements(Element e, int atMost) {
        int count = 0;
        for (int i = 0, n = e.childNodeSize(); i < n && count < atMost; i++) {
            if (e.childNode(i) instanceof Element) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code wholeText()}: the text of every text node under {@code e} as written, a line break for each {@code br},
     * in document order, without the node stream and joining collector jsoup builds for it.
     */
    static String wholeText(Element e) {
        StringBuilder out = new StringBuilder();
        appendWholeText(e, out);
        return out.toString();
    }

    private static void appendWholeText(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
        } else if (node instanceof Element e) {
            if (e.nameIs("br")) {
                out.append('\n');
            }
            for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                appendWholeText(e.childNode(i), out);
            }
        }
    }

    /** Every {@code tag} element, the root too, in document order: what {@code select(tag)} gives. */
    static List<Element> allWithTag(Element root, String tag) {
        List<Element> found = new ArrayList<>();
        collect(root, tag, found);
        return found;
    }

    private static void collect(Element e, String tag, List<Element> found) {
        if (e.normalName().equals(tag)) {
            found.add(e);
        }
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                collect(child, tag, found);
            }
        }
    }
}
