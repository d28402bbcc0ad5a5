package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.ImageSource;
import dev.fenghuang.site.markup.Links;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The body of an article page ({@code td#article_content}) as paragraphs, images and links, in one walk over the
 * nodes. Paragraphs break at {@code <p>}, {@code <br>} and block elements; noise is skipped: ads
 * ({@code div.a_*}), scripts and styles, hidden nodes, jammer text ({@code font.jammer}), edit stamps; the page
 * title ({@code div.vm_pagetitle}) is read separately. Keyword links ({@code a.relatedlink}) count as text.
 * Should unclosed markup in the body swallow the rest of the page, the walk stops at the first page part
 * that follows the body ({@code #click_div}, the pager, {@code #comment}, the footer).
 * An image's or link's paragraph is the one it stands in, or the last one before it (0 before any text).
 */
public record ArticleBody(List<String> paragraphs, List<Image> images, List<Link> links, String pageTitle) {
    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "center", "hr", "section", "article", "header", "footer", "aside", "figure", "figcaption", "address",
            "caption", "form", "fieldset", "main", "nav");
    /** Page parts after the body; inside it they mean unclosed body markup swallowed the rest of the page. */
    private static final Set<String> PAGE_PARTS = Set.of("click_div", "inner_nav", "comment", "related_article",
            "ft", "cform");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "video", "audio", "button", "input", "select", "textarea", "head", "title", "map");

    /** Reads the body; an empty {@code content} gives no paragraphs. */
    static ArticleBody of(Element content) {
        Walk walk = new Walk();
        for (Node child : content.childNodes()) {
            walk.visit(child);
        }
        walk.flush();
        return new ArticleBody(walk.paragraphs, walk.images, walk.links, walk.pageTitle);
    }

    /** Mutable state of one walk; the record holds only the result. */
    private static final class Walk {
        final List<String> paragraphs = new ArrayList<>();
        final List<Image> images = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Link> pendingLinks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        String pageTitle;
        boolean ended;

        void visit(Node node) {
            if (ended) {
                return;
            }
            if (node instanceof TextNode) {
                text.append(((TextNode) node).getWholeText());
            } else if (node instanceof Element) {
                element((Element) node);
            }
        }

        void element(Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || isNoise(e, tag)) {
                return;
            }
            if (isPagePart(e, tag)) {
                ended = true;
                return;
            }
            if (tag.equals("div") && e.hasClass("vm_pagetitle")) {
                pageTitle = SiteText.of(e);
                return;
            }
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("img")) {
                image(e);
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush();
            }
            int start = text.length();
            for (Node child : e.childNodes()) {
                visit(child);
            }
            if (tag.equals("a") && !e.hasClass("relatedlink")) {
                link(e, text.substring(Math.min(start, text.length())));
            }
            if (block) {
                flush();
            }
        }

        void image(Element img) {
            String url = ImageSource.of(img);
            if (url.isEmpty()) {
                return;
            }
            int paragraph = hasText() ? paragraphs.size() : Math.max(0, paragraphs.size() - 1);
            images.add(new Image(url, SiteText.line(img.attr("alt")), paragraph));
        }

        void link(Element a, String ownText) {
            String url = Links.absolute(a, "href");
            if (url.isEmpty() || url.startsWith("javascript:")) {
                return;
            }
            String label = SiteText.line(ownText);
            if (label.isEmpty()) {
                Element img = a.selectFirst(Css.of("img[alt]"));
                label = img == null ? "" : SiteText.line(img.attr("alt"));
            }
            if (hasText()) {
                pendingLinks.add(new Link(url, label, -1));
            } else {
                links.add(new Link(url, label, Math.max(0, paragraphs.size() - 1)));
            }
        }

        boolean hasText() {
            for (int i = 0; i < text.length(); i++) {
                if (!isIndent(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        void flush() {
            String paragraph = Paragraphs.clean(text);
            text.setLength(0);
            int index = paragraph.isEmpty() ? Math.max(0, paragraphs.size() - 1) : paragraphs.size();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            for (Link pending : pendingLinks) {
                links.add(new Link(pending.url(), pending.text(), index));
            }
            pendingLinks.clear();
        }
    }

    private static boolean isPagePart(Element e, String tag) {
        String id = e.id();
        if (!id.isEmpty() && PAGE_PARTS.contains(id)) {
            return true;
        }
        return tag.equals("div") && (e.hasClass("ptw") || e.hasClass("pren") || e.hasClass("sd") || e.hasClass("o")
                && e.hasClass("ptm"));
    }

    /** Ads, hidden nodes and jammer text: never part of what a reader sees. */
    public static boolean isNoise(Element e, String tag) {
        if (tag.equals("div") && hasClassPrefix(e, "a_")) {
            return true;
        }
        if (tag.equals("font") && e.hasClass("jammer")) {
            return true;
        }
        if (tag.equals("i") && e.hasClass("pstatus")) {
            return true;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        if (e.hasAttr("style")) {
            String style = e.attr("style");
            if (style.contains("display") || style.contains("visibility")) {
                String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
                return compact.contains("display:none") || compact.contains("visibility:hidden");
            }
        }
        return false;
    }

    private static boolean hasClassPrefix(Element e, String prefix) {
        String classes = e.className();
        if (classes.isEmpty()) {
            return false;
        }
        for (int i = 0; i < classes.length(); i++) {
            if (!isSpace(classes.charAt(i)) && (i == 0 || isSpace(classes.charAt(i - 1)))
                    && classes.startsWith(prefix, i)) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \s} matches: the words {@code split("\\s+")} would give are the runs between these. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public static boolean isIndent(char c) {
        return c == '\u3000' || SiteText.isSpace(c);
    }
}
