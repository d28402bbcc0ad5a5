package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.SiteText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Markup the forum pages share: the breadcrumb, counts as {@code dnumber()} prints them, the request's query. */
public final class ForumMarkup {
    private ForumMarkup() {
    }

    /** The categories and boards of the breadcrumb ({@code div#pt}), outermost first; the portal and site left out. */
    static List<BoardLink> breadcrumb(Document page) {
        Element pt = PageIds.get(page, "pt");
        List<BoardLink> chain = new ArrayList<>();
        if (pt == null) {
            return chain;
        }
        for (Element a : pt.select(Css.of("a[href]"))) {
            String href = a.attr("href");
            int fid = ForumUrls.fid(href);
            int gid = fid == 0 ? ForumUrls.gid(href) : 0;
            if (fid > 0 || gid > 0) {
                chain.add(new BoardLink(fid > 0 ? fid : gid, SiteText.of(a), fid == 0));
            }
        }
        return chain;
    }

    /**
     * A count as {@code dnumber()} prints it: the exact value of a {@code title} (on the element or a
     * {@code span[title]} in it, for {@code 1万}), else the first number in the text, 万 read as ten thousand.
     */
    static long count(Element element) {
        if (element == null) {
            return 0;
        }
        Element titled = element.hasAttr("title") ? element : element.selectFirst(Css.of("span[title]"));
        if (titled != null) {
            long exact = firstNumber(titled.attr("title"));
            if (exact > 0) {
                return exact;
            }
        }
        String text = element.text();
        long value = firstNumber(text);
        return text.contains("万") && value < 100_000 ? value * 10_000 : value;
    }

    /** The first run of ASCII digits in the text as a number; 0 for none (or too many digits). */
    public static long firstNumber(String text) {
        if (text == null) {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return DiscuzUrls.number(text.substring(i));
            }
        }
        return 0;
    }

    static int firstInt(String text) {
        return (int) Math.min(Integer.MAX_VALUE, firstNumber(text));
    }

    /** A query parameter of the URL the page was read from (after redirects), or null. */
    static String requested(Document page, String name) {
        String location = page.location();
        return location == null || location.isEmpty() ? null : DiscuzUrls.param(location, name);
    }
}
