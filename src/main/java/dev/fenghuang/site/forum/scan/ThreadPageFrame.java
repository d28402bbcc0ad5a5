package dev.fenghuang.site.forum.scan;

import dev.fenghuang.site.forum.ThreadPageCut;
import dev.fenghuang.site.forum.ThreadPageParser;
import dev.fenghuang.site.markup.PageIds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * What {@link ThreadPageParser} reads of a thread page around its posts, built as a tree from the page's text without
 * jsoup's parser: the {@code <base href>} links resolve against, the breadcrumb {@code div#pt}, the pager
 * {@code div#pgt}, {@code div#postlist} with its header (subject, counts, state) and a stand-in {@code div#post_PID}
 * per post (built while {@link ThreadPageScan} walks the list), the pager below the posts ({@code div.pgs}) and the
 * reply form's opening tag. These are the parts, in the same order, that {@link ThreadPageCut} keeps of the page's
 * skeleton for jsoup, found the same way, and the frame is given only where that cut would be: a page the cut gives
 * back whole (a message box, the subject, a heading, the reply form or a post outside the post list, no end of
 * document) or a part {@link PartTree} cannot vouch for gives no frame, and jsoup parses the skeleton as before.
 */
public final class ThreadPageFrame {
    private static final RareCharSearch BASE = new RareCharSearch("<base ");
    private static final RareCharSearch PT = new RareCharSearch("<div id=\"pt\"");
    private static final RareCharSearch PGT = new RareCharSearch("<div id=\"pgt\"");
    private static final RareCharSearch PGS = new RareCharSearch("<div class=\"pgs");
    private static final RareCharSearch FORM_ID = new RareCharSearch("id=\"fastpostform\"");
    private static final RareCharSearch MESSAGE_TEXT = new RareCharSearch("id=\"messagetext\"");
    private static final RareCharSearch MAIN_MESSAGE = new RareCharSearch("id=\"main_message\"");
    private static final RareCharSearch[] NOT_BEFORE = {new RareCharSearch("thread_subject"),
        new RareCharSearch("<h1"), new RareCharSearch("fastpostform"), MESSAGE_TEXT, MAIN_MESSAGE};

    /** The shell's tags, made once: {@code Document.createShell} makes a tag set for each of them, every page. */
    private static final Tag HTML = Tag.valueOf("html");
    private static final Tag HEAD = Tag.valueOf("head");
    private static final Tag BODY = Tag.valueOf("body");

    private final String html;
    private final int postlistStart;
    private final int postlistEnd;

    private ThreadPageFrame(String html, int postlistStart, int postlistEnd) {
        this.html = html;
        this.postlistStart = postlistStart;
        this.postlistEnd = postlistEnd;
    }

    /**
     * The page's frame around the post list built while scanned ({@code postlist}, from {@code postlistStart} to
     * {@code postlistEnd} in the text), as a document at {@code location}; null where jsoup is to parse the skeleton.
     */
    static Document of(String html, int postlistStart, int postlistEnd, Element postlist,
            String location) {
        if (location == null || !ThreadPageCut.endsDocument(html)) {
            return null;
        }
        return new ThreadPageFrame(html, postlistStart, postlistEnd).built(postlist, location);
    }

    private Document built(Element postlist, String location) {
        for (RareCharSearch unread : NOT_BEFORE) {
            if (before(unread) >= 0) {
                return null;
            }
        }
        if (ThreadPageCut.hasPostId(html, 0, postlistStart) || ThreadPageCut.hasPostId(html, postlistEnd,
                html.length()) || hasMessageAfter()) {
            return null;
        }
        Document page = shell(location);
        if (!base(page) || !part(page.body(), before(PT), postlistStart)
                || !part(page.body(), before(PGT), postlistStart)) {
            return null;
        }
        page.body().appendChild(postlist);
        if (!part(page.body(), PGS.in(html, postlistEnd, html.length()), html.length())) {
            return null;
        }
        if (!form(page.body())) {
            return null;
        }
        boolean message = PageIds.get(page, "messagetext") != null || PageIds.get(page, "main_message") != null;
        return message ? null : page;
    }

    /**
     * What {@code Document.createShell} gives: a document holding {@code html} with {@code head} and {@code body},
     * each of the three at {@code location} (so a base the page sets later is the document's alone, as there).
     */
    static Document shell(String location) {
        Document page = new Document(location);
        Element root = new Element(HTML, location);
        page.appendChild(root);
        root.appendChild(new Element(HEAD, location));
        root.appendChild(new Element(BODY, location));
        return page;
    }

    /** Where {@code what} first stands whole before the post list, or -1. */
    private int before(RareCharSearch what) {
        return what.in(html, 0, postlistStart);
    }

    private boolean hasMessageAfter() {
        return MESSAGE_TEXT.in(html, postlistEnd, html.length()) >= 0
                || MAIN_MESSAGE.in(html, postlistEnd, html.length()) >= 0;
    }

    /** The part starting at {@code at} (none for -1) built and added; false where it cannot be built. */
    private boolean part(Element body, int at, int limit) {
        if (at < 0) {
            return true;
        }
        Element built = PartTree.built(html, at, limit);
        if (built != null) {
            body.appendChild(built);
        }
        return built != null;
    }

    /** The first {@code <base>} before the post list, whose {@code href} the page's links resolve against. */
    private boolean base(Document page) {
        int at = before(BASE);
        if (at < 0) {
            return true;
        }
        TagScanner tags = new TagScanner(html, at, postlistStart);
        if (tags.next() != TagScanner.START || !tags.name().equals("base")) {
            return false;
        }
        Element base = PartTree.element(tags);
        page.head().appendChild(base);
        String written = base.attr("href");
        String href = PlainUrl.isPlainAbsolute(written) ? written : base.absUrl("href");
        if (!href.isEmpty()) {
            page.setBaseUri(href);
        }
        return true;
    }

    /** The reply form's opening tag, as the cut keeps it: the {@code form} tag holding {@code id="fastpostform"}. */
    private boolean form(Element body) {
        int id = FORM_ID.in(html, postlistEnd, html.length());
        if (id < 0) {
            return true;
        }
        int open = html.lastIndexOf("<form", id);
        if (open < postlistEnd || html.indexOf('>', open) < id || html.indexOf('>', id) < 0) {
            return true;
        }
        TagScanner tags = new TagScanner(html, open, html.length());
        if (tags.next() != TagScanner.START || !tags.name().equals("form") || tags.position() <= id) {
            return false;
        }
        body.appendChild(PartTree.element(tags));
        return true;
    }
}
