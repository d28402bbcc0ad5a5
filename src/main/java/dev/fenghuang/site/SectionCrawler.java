package dev.fenghuang.site;

import dev.fenghuang.site.read.SectionLinks;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Discovers a portal's category tree. Starts from the front page's nav ({@code mn_P{catid}}) and any known ids,
 * then reads each category's first list page: the breadcrumb gives parents, 下级分类 children, 相关分类 siblings
 * (all top-level categories on a top-level page). When nothing is known (an undecorated X3.5 portal) it probes
 * {@code catid} 1, 2, … until a run of missing ids or the id bound. Closed and missing categories are left out; a
 * category whose list the site refuses otherwise (Discuz's System Error, 1.5) stays, by the name it is known by,
 * marked {@link Section#unread()}.
 * Requests are bounded by {@link CrawlLimits#maxRequests()}; what is known when the budget runs out is returned.
 */
public final class SectionCrawler {
    private static final int TOP = 0;

    /** The pages a crawl reads: the front page and each category's first list page. */
    public interface Pages {
        SectionLinks front() throws IOException;

        ArticleList firstListPage(int catid) throws IOException;
    }

    private final Pages site;
    private final CrawlLimits limits;
    private final Map<Integer, String> names = new LinkedHashMap<>();
    private final Map<Integer, Integer> parents = new LinkedHashMap<>();
    private final Set<Integer> visited = new HashSet<>();
    private final Set<Integer> gone = new HashSet<>();
    private final Set<Integer> missing = new HashSet<>();
    private final Set<Integer> unread = new HashSet<>();
    private final Deque<Integer> queue = new ArrayDeque<>();
    private int requests;

    public SectionCrawler(DiscuzSite site, CrawlLimits limits) {
        this(pagesOf(site), limits);
    }

    /** A crawl reading its pages through {@code pages} (a gate, a cache). */
    public SectionCrawler(Pages pages, CrawlLimits limits) {
        this.site = pages;
        this.limits = limits;
    }

    /** The site's pages as a crawl reads them, each a request of its own. */
    public static Pages pagesOf(DiscuzSite site) {
        return new Pages() {
            @Override
            public SectionLinks front() throws IOException {
                return site.front();
            }

            @Override
            public ArticleList firstListPage(int catid) throws IOException {
                return site.list(catid, 1);
            }
        };
    }

    /**
     * Crawls the tree. Network failures and unexpected pages propagate; a refused front page (e.g. portal off)
     * propagates too, while refused categories are skipped.
     *
     * @param knownCatids category ids from the caller's configuration, possibly none
     */
    public List<Section> crawl(Collection<Integer> knownCatids) throws IOException {
        requests++;
        SectionLinks front = site.front();
        learn(front);
        for (Category top : front.nav()) {
            parents.putIfAbsent(top.id(), TOP);
        }
        knownCatids.forEach(this::enqueue);
        drain();
        if (names.isEmpty()) {
            probe();
        }
        return tree();
    }

    private void drain() throws IOException {
        while (!queue.isEmpty() && requests < limits.maxRequests()) {
            int catid = queue.poll();
            if (!visited.contains(catid)) {
                visit(catid);
            }
        }
    }

    private void probe() throws IOException {
        int misses = 0;
        for (int catid = 1; catid <= limits.maxCatid() && misses < limits.missRun()
                && requests < limits.maxRequests(); catid++) {
            if (visited.contains(catid)) {
                misses = missing.contains(catid) ? misses + 1 : 0;
                continue;
            }
            boolean exists = visit(catid);
            misses = exists ? 0 : misses + 1;
            drain();
        }
    }

    /** Reads one category's first page; false when the site says it does not exist. */
    private boolean visit(int catid) throws IOException {
        visited.add(catid);
        requests++;
        ArticleList list;
        try {
            list = site.firstListPage(catid);
        } catch (SiteRefused refused) {
            SiteMessage.Kind kind = refused.siteMessage().kind();
            if (kind != SiteMessage.Kind.NOT_FOUND && kind != SiteMessage.Kind.CLOSED
                    && kind != SiteMessage.Kind.NO_PERMISSION && names.containsKey(catid)) {
                unread.add(catid);
                return true;
            }
            gone.add(catid);
            names.remove(catid);
            if (kind == SiteMessage.Kind.NOT_FOUND) {
                missing.add(catid);
                return false;
            }
            return true;
        }
        names.put(catid, list.category().name().isEmpty() ? names.getOrDefault(catid, "") : list.category().name());
        List<Category> chain = list.breadcrumb();
        for (int i = 0; i < chain.size(); i++) {
            note(chain.get(i), i == 0 ? TOP : chain.get(i - 1).id());
        }
        int parent = parents.getOrDefault(catid, TOP);
        list.related().forEach(sibling -> note(sibling, parent));
        list.children().forEach(child -> note(child, catid));
        return true;
    }

    private void learn(SectionLinks links) {
        links.nav().forEach(c -> note(c, TOP));
        links.childrenOf().forEach((parent, children) -> children.forEach(c -> note(c, parent)));
        List<Category> chain = links.breadcrumb();
        for (int i = 0; i < chain.size(); i++) {
            note(chain.get(i), i == 0 ? TOP : chain.get(i - 1).id());
        }
    }

    /** Records a category and its parent (a more specific parent wins over top level), queueing it for a visit. */
    private void note(Category category, int parent) {
        int id = category.id();
        if (id <= 0 || gone.contains(id)) {
            return;
        }
        if (!category.name().isEmpty() || !names.containsKey(id)) {
            names.putIfAbsent(id, category.name());
        }
        Integer known = parents.get(id);
        if (parent != id && (known == null || known == TOP) && !isAncestor(id, parent)) {
            parents.put(id, parent);
        }
        enqueue(id);
    }

    private boolean isAncestor(int candidate, int of) {
        int at = of;
        for (int depth = 0; at != TOP && depth < 64; depth++) {
            if (at == candidate) {
                return true;
            }
            at = parents.getOrDefault(at, TOP);
        }
        return false;
    }

    private void enqueue(int catid) {
        if (catid > 0 && !visited.contains(catid) && !queue.contains(catid)) {
            queue.add(catid);
        }
    }

    private List<Section> tree() {
        return childrenOf(TOP, 0);
    }

    private List<Section> childrenOf(int parent, int depth) {
        List<Section> sections = new ArrayList<>();
        if (depth > 16) {
            return sections;
        }
        for (Map.Entry<Integer, String> entry : names.entrySet()) {
            int id = entry.getKey();
            if (!gone.contains(id) && parents.getOrDefault(id, TOP) == parent) {
                sections.add(new Section(id, entry.getValue(), childrenOf(id, depth + 1), unread.contains(id)));
            }
        }
        return sections;
    }
}
