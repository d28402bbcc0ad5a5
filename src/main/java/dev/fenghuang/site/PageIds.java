package dev.fenghuang.site;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Elements of a page by id, found in one walk. jsoup's getElementById walks the whole tree each time, and reading
 * an article asks for a dozen ids ({@code article_content}, {@code comment}, {@code click_div}, {@code cform} …).
 * The index of the page read last on each thread is kept, so the parsers of one page share it; parsers only read
 * pages, and an element removed since invalidates it. Ids are not
 * unique on Discuz pages ({@code _commentnum} stands twice): the first in page order wins, as with getElementById.
 */
public final class PageIds {
    private static final ThreadLocal<PageIds> LAST = new ThreadLocal<>();

    private final Document page;
    private final Map<String, Element> byId;

    private PageIds(Document page) {
        this.page = page;
        this.byId = new HashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                String id = e.id();
                if (!id.isEmpty()) {
                    byId.putIfAbsent(id, e);
                }
            }
        }, page);
    }

    /** The first element with this id, or null; like {@code page.getElementById(id)}. */
    public static Element get(Document page, String id) {
        PageIds ids = LAST.get();
        if (ids == null || ids.page != page || !ids.stillIn(id)) {
            ids = new PageIds(page);
            LAST.set(ids);
        }
        return ids.byId.get(id);
    }

    /** A cached element that was removed from the page since (a caller edited it) invalidates the index. */
    private boolean stillIn(String id) {
        Element e = byId.get(id);
        return e == null || e.ownerDocument() == page;
    }
}
