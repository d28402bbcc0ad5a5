package dev.fenghuang.site.markup;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.site.markup.tree.WellFormedHtml;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decides whether a fetched page is the Discuz page that was asked for, in this order: the mobile template;
 * a message or System Error page (any status) becomes {@link SiteRefused}; another non-2xx status, a body that is
 * not HTML, an anti-scraping interstitial, a page that is not Discuz at all, or a Discuz page without the
 * expected container become {@link UnexpectedPage} with a one-line reason.
 */
public final class PageGate {
    private static final String[] DISCUZ_MARKERS = {"discuz_uid", "cookiepre", "Powered by Discuz", "Discuz!"};
    /** A small page as a site writes one, which the pages' own tree builder reads (not jsoup's parser). */
    static final String SAMPLE = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>x</title></head>"
            + "<body><div id=\"a\"><p class=\"a\"><a href=\"x?a=1&amp;b=2\">x</a></p></div></body></html>";

    private PageGate() {
    }

    /**
     * Parses the page and checks it.
     *
     * @param expected a CSS selector that the wanted page must contain, e.g. {@code #article_content}
     * @param what what was asked for, for messages ("article page")
     */
    public static Document open(WebPage page, String expected, String what) throws IOException {
        return open(page, expected, what, UnaryOperator.identity());
    }

    /**
     * Parses only what {@code cut} keeps of the page's text and checks it; the checks that read the text read all
     * of it. A cut must keep the title and the expected container, and give back the whole text of a message page.
     */
    public static Document open(WebPage page, String expected, String what, UnaryOperator<String> cut)
            throws IOException {
        String url = location(page);
        String text = page.text() == null ? "" : page.text();
        if (!isHtml(page, text)) {
            throw new UnexpectedPage(url, "expected an HTML " + what + ", got HTTP " + page.status() + " "
                    + (page.contentType().isEmpty() ? "without a content type" : page.contentType()));
        }
        Document doc = tree(cut.apply(text), url);
        if (MessageParser.isMobileTemplate(doc)) {
            throw new UnexpectedPage(url, "the site served its mobile template (User-Agent taken for a phone; "
                    + "send a desktop browser User-Agent or mobile=no)");
        }
        Optional<SiteMessage> message = MessageParser.message(doc);
        if (message.isPresent()) {
            throw new SiteRefused(message.get());
        }
        if (!page.isSuccess()) {
            throw new UnexpectedPage(url, "HTTP " + page.status() + " without a Discuz message");
        }
        if (!contains(doc, expected)) {
            throw new UnexpectedPage(url, missingReason(doc, text, expected, what));
        }
        if (isTruncated(doc, text)) {
            throw new UnexpectedPage(url, "the " + what + " is truncated (no end of document)");
        }
        return doc;
    }

    /**
     * Sets up what reading a page's tree needs, by reading a small page: the classes of the tree builder, jsoup's
     * nodes and selectors, and what jsoup makes at its first document (its ~2,200 named entities, read from its
     * tables: most of the ~8 ms of processor this takes in a cold process). Done once, it costs nothing more.
     */
    public static void prepare() {
        tree(SAMPLE, "http://127.0.0.1/").select("p.a a").text();
    }

    /**
     * The page's tree: built straight from its tokens when its markup is clean (most Discuz pages; the tree is the
     * one jsoup builds), else by jsoup.
     */
    public static Document tree(String html, String url) {
        Document doc = WellFormedHtml.parse(html, url);
        return doc != null ? doc : Jsoup.parse(html, url);
    }

    /**
     * Whether the page holds what the selector finds; a plain {@code #id} is looked up in the page's id index
     * ({@link PageIds}), which the message check has built already.
     */
    private static boolean contains(Document doc, String expected) {
        if (isPlainId(expected)) {
            return PageIds.get(doc, expected.substring(1)) != null;
        }
        return doc.selectFirst(Css.of(expected)) != null;
    }

    /** {@code #} and then letters, digits, {@code _} and {@code -} only. */
    static boolean isPlainId(String selector) {
        if (selector.length() < 2 || selector.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The URL the page was read from, after redirects. */
    public static String location(WebPage page) {
        return page.url() != null ? page.url().toString() : String.valueOf(page.requested());
    }

    /**
     * The page's text where the checks that need no tree pass: HTML, a 2xx status, {@code </html>} in its last part
     * and no 手机版 in its title; else null. A reader that finds the expected page in this text may skip
     * {@link #open} (a message or System Error page has no container of a page asked for); anything else is to be
     * opened, which says what it is.
     */
    public static String checkedText(WebPage page) {
        String text = page.text();
        if (text == null || !page.isSuccess() || !isHtml(page, text) || !endsDocument(text)) {
            return null;
        }
        int title = text.indexOf("<title>");
        int titleEnd = title < 0 ? -1 : text.indexOf("</title>", title);
        return titleEnd > 0 && text.substring(title, titleEnd).contains("手机版") ? null : text;
    }

    /**
     * Whether {@code </html} stands, in any case, in the text's last 4,096 characters: what a lower-cased copy of them
     * would show (no other character lower-cases to one of its letters), without the copy.
     */
    static boolean endsDocument(String text) {
        int from = Math.max(0, text.length() - 4096);
        for (int at = text.lastIndexOf("</"); at >= from; at = text.lastIndexOf("</", at - 1)) {
            if (text.regionMatches(true, at, "</html", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    private static String missingReason(Document doc, String text, String expected, String what) {
        if (MessageParser.isAntiScraping(doc)) {
            return "the site answered with an anti-scraping script page (防采集) instead of the " + what;
        }
        if (!isDiscuz(doc, text)) {
            return "not a Discuz! page (no Discuz markers) where a " + what + " was expected";
        }
        return "a Discuz page without " + expected + ": not a " + what
                + " (third-party template, or a truncated page)";
    }

    static boolean isDiscuz(Document doc, String text) {
        if (PageIds.get(doc, "pt") != null) {
            return true;
        }
        for (String marker : DISCUZ_MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHtml(WebPage page, String text) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (!type.isEmpty()) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 512)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype") || head.contains("<div");
    }

    /** A page cut off in transfer: neither {@code </html>} in its last part nor Discuz's footer. */
    private static boolean isTruncated(Document doc, String text) {
        return !endsDocument(text) && PageIds.get(doc, "ft") == null;
    }
}
