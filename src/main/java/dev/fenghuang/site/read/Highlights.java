package dev.fenghuang.site.read;

import dev.fenghuang.model.search.MarkedText;
import dev.fenghuang.site.markup.SiteText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element's text as {@link SiteText#of} gives it, with the stretches Discuz highlighted for a search
 * ({@code <strong><font color="#ff0000">…</font></strong>}, or either tag alone) kept as marks.
 */
final class Highlights {
    private final StringBuilder out = new StringBuilder();
    private final List<MarkedText.Mark> marks = new ArrayList<>();
    private boolean pendingSpace;

    private Highlights() {
    }

    static MarkedText of(Element element) {
        if (element == null) {
            return MarkedText.EMPTY;
        }
        Highlights text = new Highlights();
        text.walk(element, false);
        return new MarkedText(text.out.toString(), text.marks);
    }

    private void walk(Node node, boolean marked) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText(), marked);
            } else if (child instanceof Element e) {
                walk(e, marked || isHighlight(e));
            }
        }
    }

    private static boolean isHighlight(Element e) {
        return e.normalName().equals("strong") || e.normalName().equals("font") && !e.attr("color").isEmpty();
    }

    private void append(String raw, boolean marked) {
        String clean = SiteText.strip(raw);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (SiteText.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            int at = out.length();
            out.append(c);
            if (marked) {
                extendMark(at);
            }
        }
    }

    /** Marks the character at {@code at}, joining the last mark when it ends there. */
    private void extendMark(int at) {
        int last = marks.size() - 1;
        if (last >= 0 && marks.get(last).end() == at) {
            marks.set(last, new MarkedText.Mark(marks.get(last).start(), at + 1));
        } else {
            marks.add(new MarkedText.Mark(at, at + 1));
        }
    }
}
