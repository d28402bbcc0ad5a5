package dev.fenghuang.site.markup.tree;

import java.util.Set;

/**
 * The HTML tree-construction facts {@link WellFormedHtml} needs: which tags it builds at all, which are void, which
 * close an open {@code <p>}, which bound a scope. A tag outside {@link #BUILT} has rules of its own in the HTML
 * parser (select, template, foreign content, frames …), so a page that uses one goes to jsoup.
 */
final class TagRules {
    /** Tags whose start tag needs nothing beyond a push, a void leaf, or the few rules the builder has. */
    static final Set<String> BUILT = Set.of("a", "abbr", "address", "article", "aside", "b", "big", "blockquote",
            "br", "button", "center", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "fieldset",
            "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
            "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "mark", "meta", "nav", "ol", "p",
            "pre", "q", "s", "samp", "script", "section", "small", "span", "strike", "strong", "style", "sub",
            "summary", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var",
            "wbr");
    static final Set<String> VOID = Set.of("br", "hr", "img", "input", "link", "meta", "wbr");
    /** Start tags that close a {@code <p>} in button scope (no-quirks mode). */
    static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center", "details",
            "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "main", "nav", "ol", "p",
            "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "li", "dd", "dt",
            "table", "hr");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements that end the search for an open {@code <p>} (the HTML parser's button scope). */
    static final Set<String> BUTTON_SCOPE = Set.of("html", "table", "td", "th", "caption", "button", "applet",
            "marquee", "object", "template");
    /** The parser's "special" elements that stop the search for an open {@code <li>}, {@code <dd>} or {@code <dt>}. */
    static final Set<String> SPECIAL = Set.of("address", "article", "aside", "blockquote", "body", "br", "button",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "img", "input", "li", "link", "main", "meta", "nav",
            "ol", "p", "pre", "script", "section", "style", "summary", "table", "tbody", "td", "textarea", "tfoot",
            "th", "thead", "tr", "ul", "wbr");
    /** Table parts where only table markup and whitespace may stand. */
    static final Set<String> TABLE_CONTEXT = Set.of("table", "tbody", "thead", "tfoot", "tr");
    static final Set<String> FORM_LISTED = Set.of("input", "button", "textarea", "fieldset");

    private TagRules() {
    }

    static boolean isWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
