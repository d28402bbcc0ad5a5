package dev.fenghuang.site.markup.tree;

import dev.fenghuang.site.markup.tree.HtmlTokens.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Builds the tree jsoup's HTML parser builds, for a page whose markup needs none of the parser's error handling:
 * {@code <!DOCTYPE html>}, then html, head and body in order, every end tag closing the element open last. The few
 * implied steps a clean Discuz page relies on are taken as the parser takes them: a {@code tbody} around a table's
 * rows, a {@code <p>} closed by a block that follows it, the page's {@code <base href>} as the document's base.
 * Anything else — a misnested or missing end tag, text loose in a table, a tag with rules of its own, a second
 * {@code <a>} inside an open one — gives null, and the caller parses with jsoup. Tokens are read by
 * {@link HtmlTokens}; this class is its tree construction. It skips the HTML parser's general machinery (token
 * objects, the state machine, the list of active formatting elements, scope searches on every tag), which is why
 * it exists.
 */
public final class WellFormedHtml {
    private static final Map<String, Tag> TAGS = tags();

    private enum Mode { BEFORE_HTML, BEFORE_HEAD, IN_HEAD, AFTER_HEAD, IN_BODY, AFTER_BODY, AFTER_HTML }

    private final HtmlTokens tokens;
    private final Document doc;
    private final OpenElements open = new OpenElements();
    private Mode mode = Mode.BEFORE_HTML;
    private Element html;
    private Element head;
    private Element body;
    private FormElement form;
    private boolean baseSet;

    private WellFormedHtml(String text, String location) {
        this.tokens = new HtmlTokens(text);
        this.doc = new Document(Parser.NamespaceHtml, location);
    }

    /** The page's tree as {@code Jsoup.parse(text, location)} gives it, or null when the page needs jsoup. */
    public static Document parse(String text, String location) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0) {
            return null;
        }
        try {
            return new WellFormedHtml(text, location).build();
        } catch (NotWellFormed e) {
            return null;
        }
    }

    private Document build() {
        if (tokens.next() != Kind.DOCTYPE) {
            throw NotWellFormed.INSTANCE;
        }
        doc.appendChild(new DocumentType("html", "", ""));
        doc.quirksMode(Document.QuirksMode.noQuirks);
        while (tokens.next() != Kind.EOF) {
            switch (mode) {
                case BEFORE_HTML, BEFORE_HEAD -> beforeHead();
                case IN_HEAD -> inHead();
                case AFTER_HEAD -> afterHead();
                case IN_BODY -> inBody();
                default -> afterBody();
            }
        }
        if (mode != Mode.AFTER_BODY && mode != Mode.AFTER_HTML) {
            throw NotWellFormed.INSTANCE;
        }
        return doc;
    }

    private void beforeHead() {
        if (tokens.kind == Kind.TEXT) {
            whitespace(mode == Mode.BEFORE_HTML ? doc : html);
            return;
        }
        if (tokens.kind == Kind.START && mode == Mode.BEFORE_HTML && tokens.name.equals("html")) {
            html = element();
            doc.appendChild(html);
            mode = Mode.BEFORE_HEAD;
        } else if (tokens.kind == Kind.START && mode == Mode.BEFORE_HEAD && tokens.name.equals("head")) {
            head = element();
            html.appendChild(head);
            mode = Mode.IN_HEAD;
        } else {
            throw NotWellFormed.INSTANCE;
        }
    }

    private void inHead() {
        switch (tokens.kind) {
            case TEXT -> whitespace(head);
            case COMMENT -> head.appendChild(new Comment(tokens.text));
            case END -> {
                if (!tokens.name.equals("head")) {
                    throw NotWellFormed.INSTANCE;
                }
                mode = Mode.AFTER_HEAD;
            }
            case START -> headElement();
            default -> throw NotWellFormed.INSTANCE;
        }
    }

    private void headElement() {
        String name = tokens.name;
        Element e = element();
        head.appendChild(e);
        switch (name) {
            case "meta", "link" -> { }
            case "base" -> base(e);
            case "title" -> text(e, rcdata("title"));
            case "script", "style" -> data(e, rawData(name));
            default -> throw NotWellFormed.INSTANCE;
        }
    }

    /** The first {@code <base href>} is the document's base, as the parser sets it. */
    private void base(Element base) {
        if (baseSet) {
            return;
        }
        String href = base.absUrl("href");
        if (!href.isEmpty()) {
            baseSet = true;
            doc.setBaseUri(href);
        }
    }

    private void afterHead() {
        switch (tokens.kind) {
            case TEXT -> whitespace(html);
            case COMMENT -> html.appendChild(new Comment(tokens.text));
            case START -> {
                if (!tokens.name.equals("body")) {
                    throw NotWellFormed.INSTANCE;
                }
                body = element();
                html.appendChild(body);
                open.push(body);
                mode = Mode.IN_BODY;
            }
            default -> throw NotWellFormed.INSTANCE;
        }
    }

    private void afterBody() {
        switch (tokens.kind) {
            case TEXT -> whitespace(mode == Mode.AFTER_BODY ? html : doc);
            case COMMENT -> body.appendChild(new Comment(tokens.text));
            case END -> {
                if (mode != Mode.AFTER_BODY || !tokens.name.equals("html")) {
                    throw NotWellFormed.INSTANCE;
                }
                mode = Mode.AFTER_HTML;
            }
            default -> throw NotWellFormed.INSTANCE;
        }
    }

    /** Whitespace outside the body stays where it stands; other text there needs the parser. */
    private void whitespace(Element parent) {
        if (!TagRules.isWhitespace(tokens.text)) {
            throw NotWellFormed.INSTANCE;
        }
        parent.appendChild(new TextNode(tokens.text));
    }

    private void inBody() {
        Element current = open.current();
        switch (tokens.kind) {
            case TEXT -> {
                if (TagRules.TABLE_CONTEXT.contains(current.normalName()) && !TagRules.isWhitespace(tokens.text)) {
                    throw NotWellFormed.INSTANCE;
                }
                current.appendChild(new TextNode(tokens.text));
            }
            case COMMENT -> current.appendChild(new Comment(tokens.text));
            case START -> start(current);
            case END -> end(current);
            default -> throw NotWellFormed.INSTANCE;
        }
    }

    private void start(Element current) {
        String name = tokens.name;
        if (!TagRules.BUILT.contains(name)) {
            throw NotWellFormed.INSTANCE;
        }
        boolean isVoid = TagRules.VOID.contains(name);
        if (tokens.selfClosing && !isVoid) {
            throw NotWellFormed.INSTANCE;
        }
        current = placeInTable(current, name);
        current = closeImplied(current, name);
        Element e = name.equals("form") ? formElement() : element();
        current.appendChild(e);
        if (form != null && TagRules.FORM_LISTED.contains(name)) {
            form.addElement(e);
        }
        if (isVoid) {
            return;
        }
        switch (name) {
            case "script", "style" -> data(e, rawData(name));
            case "textarea" -> text(e, rcdata(name));
            default -> {
                if (name.equals("pre")) {
                    tokens.skipNewline();
                }
                open.push(e);
            }
        }
    }

    /**
     * Table markup goes where the parser puts it: rows in a (possibly implied) tbody, cells in rows, nothing else
     * loose in a table. Returns the element to append to.
     */
    private Element placeInTable(Element current, String name) {
        String at = current.normalName();
        boolean inTable = TagRules.TABLE_CONTEXT.contains(at);
        switch (name) {
            case "tr" -> {
                if (at.equals("table")) {
                    Element tbody = new Element(tag("tbody"), null);
                    current.appendChild(tbody);
                    open.pushImpliedBody(tbody);
                    return tbody;
                }
                if (!at.equals("tbody") && !at.equals("thead") && !at.equals("tfoot")) {
                    throw NotWellFormed.INSTANCE;
                }
                return current;
            }
            case "td", "th" -> {
                if (!at.equals("tr")) {
                    throw NotWellFormed.INSTANCE;
                }
                return current;
            }
            case "tbody", "thead", "tfoot" -> {
                if (!at.equals("table")) {
                    throw NotWellFormed.INSTANCE;
                }
                return current;
            }
            case "script", "style" -> {
                return current;
            }
            default -> {
                if (inTable) {
                    throw NotWellFormed.INSTANCE;
                }
                return current;
            }
        }
    }

    /** The end tags the parser implies before this start tag, where they are only a {@code </p>}. */
    private Element closeImplied(Element current, String name) {
        switch (name) {
            case "li" -> open.refuseOpen("li");
            case "dd", "dt" -> {
                open.refuseOpen("dd");
                open.refuseOpen("dt");
            }
            case "a" -> open.refuseOpenAnchor();
            case "button" -> open.refuseInScope("button");
            case "form" -> {
                if (form != null) {
                    throw NotWellFormed.INSTANCE;
                }
            }
            default -> { }
        }
        if (TagRules.CLOSES_P.contains(name) && open.openInScope("p")) {
            if (!current.normalName().equals("p")) {
                throw NotWellFormed.INSTANCE;
            }
            current = open.pop();
        }
        if (TagRules.HEADINGS.contains(name) && TagRules.HEADINGS.contains(current.normalName())) {
            throw NotWellFormed.INSTANCE;
        }
        return current;
    }

    private void end(Element current) {
        String name = tokens.name;
        if (name.equals("body")) {
            if (current != body) {
                throw NotWellFormed.INSTANCE;
            }
            mode = Mode.AFTER_BODY;
            return;
        }
        if (name.equals("table") && open.isImpliedBody(current)) {
            current = open.pop();
        }
        if (!current.normalName().equals(name) || current == body) {
            throw NotWellFormed.INSTANCE;
        }
        open.pop();
        if (current == form) {
            form = null;
        }
    }

    private static void text(Element e, String text) {
        if (!text.isEmpty()) {
            e.appendChild(new TextNode(text));
        }
    }

    private static void data(Element e, String data) {
        if (!data.isEmpty()) {
            e.appendChild(new DataNode(data));
        }
    }

    private String rcdata(String tag) {
        String raw = tokens.rawText(tag);
        return References.decode(raw, false);
    }

    private String rawData(String tag) {
        String raw = tokens.rawText(tag);
        if (tag.equals("script") && raw.contains("<!--")) {
            throw NotWellFormed.INSTANCE;
        }
        return raw;
    }

    private Element element() {
        return new Element(tag(tokens.name), null, tokens.attributes);
    }

    private FormElement formElement() {
        form = new FormElement(tag("form"), null, tokens.attributes);
        return form;
    }

    private static Tag tag(String name) {
        Tag tag = TAGS.get(name);
        return tag != null ? tag : Tag.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault);
    }

    private static Map<String, Tag> tags() {
        Map<String, Tag> tags = new HashMap<>();
        for (String name : TagRules.BUILT) {
            tags.put(name, Tag.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault));
        }
        for (String name : List.of("html", "head", "body", "title", "base")) {
            tags.put(name, Tag.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault));
        }
        return Map.copyOf(tags);
    }
}
