package dev.fenghuang.site.read;

import dev.fenghuang.model.Category;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories one page links to, with the relations the page shows.
 *
 * @param nav top navigation entries that are portal categories ({@code li#mn_P{catid}}), in nav order
 * @param childrenOf children by parent id, from nav drop-down menus ({@code #mn_P{catid}_menu}), the
 *                   {@code div#mu} sub-nav ({@code ul#snav_mn_P{catid}}) and the page's own 下级分类
 * @param breadcrumb the breadcrumb's categories, top first (each one the parent of the next)
 * @param current the category the page is about, or null
 * @param related the 相关分类 box: siblings of {@code current} (the top-level categories for a top-level one)
 */
public record SectionLinks(List<Category> nav, Map<Integer, List<Category>> childrenOf, List<Category> breadcrumb,
                           Category current, List<Category> related) {
    public SectionLinks {
        nav = List.copyOf(nav);
        Map<Integer, List<Category>> copy = new LinkedHashMap<>();
        childrenOf.forEach((parent, children) -> copy.put(parent, List.copyOf(children)));
        childrenOf = Collections.unmodifiableMap(copy);
        breadcrumb = List.copyOf(breadcrumb);
        related = List.copyOf(related);
    }

    /** Whether the page names no category at all (e.g. an undecorated X3.5 front page). */
    public boolean isEmpty() {
        return nav.isEmpty() && childrenOf.isEmpty() && breadcrumb.isEmpty() && current == null && related.isEmpty();
    }
}
