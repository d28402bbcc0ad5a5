package dev.fenghuang.site.markup.tree;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The stack of open elements of {@link WellFormedHtml}, body first, and the searches down it that tell whether the
 * HTML parser would close something here on its own (then the builder declines the page).
 */
final class OpenElements {
    private final List<Element> stack = new ArrayList<>();
    /** The tbody elements the builder added itself, closed with their table. */
    private final List<Element> impliedBodies = new ArrayList<>();

    Element current() {
        return stack.get(stack.size() - 1);
    }

    void push(Element e) {
        stack.add(e);
    }

    void pushImpliedBody(Element tbody) {
        stack.add(tbody);
        impliedBodies.add(tbody);
    }

    boolean isImpliedBody(Element e) {
        return impliedBodies.contains(e);
    }

    /** Closes the current element; gives the one open below it. */
    Element pop() {
        stack.remove(stack.size() - 1);
        return stack.isEmpty() ? null : current();
    }

    /** An open {@code li}, {@code dd} or {@code dt} the parser would close: left to the parser. */
    void refuseOpen(String tag) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String name = stack.get(i).normalName();
            if (name.equals(tag)) {
                throw NotWellFormed.INSTANCE;
            }
            if (TagRules.SPECIAL.contains(name) && !name.equals("address") && !name.equals("div")
                    && !name.equals("p")) {
                return;
            }
        }
    }

    void refuseOpenAnchor() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String name = stack.get(i).normalName();
            if (name.equals("a")) {
                throw NotWellFormed.INSTANCE;
            }
            if (name.equals("td") || name.equals("th") || name.equals("html")) {
                return;
            }
        }
    }

    void refuseInScope(String tag) {
        if (openInScope(tag)) {
            throw NotWellFormed.INSTANCE;
        }
    }

    boolean openInScope(String tag) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String name = stack.get(i).normalName();
            if (name.equals(tag)) {
                return true;
            }
            if (TagRules.BUTTON_SCOPE.contains(name)) {
                return false;
            }
        }
        return false;
    }
}
