package dev.fenghuang.site.markup.tree;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A document written out node by node: each node's kind, tag, attributes (names, values, valueless ones), text or
 * data, and each element's base URI and class, so two trees that print the same are the same to every parser.
 */
public final class TreeDump {
    private TreeDump() {
    }

    public static String of(Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("location ").append(doc.location()).append(" base ").append(doc.baseUri())
                .append(" quirks ").append(doc.quirksMode()).append('\n');
        node(doc, 0, out);
        return out.toString();
    }

    private static void node(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.nodeName());
        if (node instanceof TextNode text) {
            out.append(" text[").append(text.getWholeText()).append(']');
        } else if (node instanceof DataNode data) {
            out.append(" data[").append(data.getWholeData()).append(']');
        } else if (node instanceof Comment comment) {
            out.append(" comment[").append(comment.getData()).append(']');
        } else if (node instanceof Element e) {
            out.append(' ').append(e.getClass().getSimpleName()).append(" ns ").append(e.tag().namespace())
                    .append(" base ").append(e.baseUri());
            if (e instanceof FormElement form) {
                out.append(" controls ").append(form.elements().size());
            }
        }
        node.attributes().forEach(a -> out.append(" @").append(a.getKey()).append('=')
                .append(a.hasDeclaredValue() ? "'" + a.getValue() + "'" : "-"));
        out.append('\n');
        for (Node child : node.childNodes()) {
            node(child, depth + 1, out);
        }
    }
}
