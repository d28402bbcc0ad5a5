package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** Category links a page shows: the breadcrumb, the 下级分类 line and the 相关分类 box. */
final class CategoryLinks {
    private CategoryLinks() {
    }

    /** The categories linked in the breadcrumb ({@code #pt .z}), top first; site and portal links are not categories. */
    static List<Category> breadcrumb(Document page) {
        Element pt = PageIds.get(page, "pt");
        Element trail = pt == null ? null : firstZ(pt);
        if (trail == null && pt != null) {
            trail = page.selectFirst(Css.of("#pt .z"));
        }
        if (trail == null) {
            trail = pt;
        }
        return trail == null ? List.of() : in(trail);
    }

    /**
     * The first {@code .z} below the first {@code #pt}: what {@code #pt .z} finds whenever there is one, since
     * everything below the first {@code #pt} comes before anything below a later one that is not inside it.
     */
    private static Element firstZ(Element pt) {
        for (Element child : pt.children()) {
            Element z = FirstMatch.in(child, ".z");
            if (z != null) {
                return z;
            }
        }
        return null;
    }

    /** Every distinct category link inside {@code scope}, in page order; the first name seen wins. */
    static List<Category> in(Element scope) {
        Map<Integer, Category> found = new LinkedHashMap<>();
        for (Element link : scope.getElementsByTag("a")) {
            int catid = DiscuzUrls.catid(link.attr("href"));
            if (catid > 0 && !link.attr("href").contains("mod=rss")) {
                String name = SiteText.of(link);
                if (!name.isEmpty()) {
                    found.putIfAbsent(catid, new Category(catid, name));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The categories in the box or line labelled {@code label} (下级分类, 相关分类): the heading's nearest
     * {@code div.bm} block, or for an inline label like {@code 下级分类:} its own element. Empty if the page has none.
     */
    static List<Category> labelled(Document page, String label) {
        for (Element holder : holdersOf(page, label)) {
            for (Element box : new Element[] {holder, holder.closest(Css.of("div.bm, div.block, div.frame")),
                    holder.parent() == null ? null : holder.parent().parent()}) {
                List<Category> categories = box == null ? List.of() : in(box);
                if (!categories.isEmpty()) {
                    return categories;
                }
            }
        }
        return List.of();
    }

    /**
     * Elements with a text node of their own containing the label, in page order. One walk over the text nodes:
     * jsoup's getElementsContainingOwnText builds every element's own text, the dearest step of a list page.
     */
    private static List<Element> holdersOf(Document page, String label) {
        List<Element> holders = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().contains(label)
                    && node.parent() instanceof Element parent && !holders.contains(parent)) {
                holders.add(parent);
            }
        }, page);
        return holders;
    }
}
