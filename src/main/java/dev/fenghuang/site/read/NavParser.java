package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the categories any portal page links to: top nav {@code li#mn_P{catid}}, its drop-down menus, the
 * {@code div#mu} sub-nav, the breadcrumb, 下级分类 and 相关分类. Never fails; a page without any gives
 * {@link SectionLinks#isEmpty()}.
 */
public final class NavParser {
    private static final Pattern NAV_ID = Pattern.compile("^mn_P(\\d+)$");
    private static final Pattern MENU_ID = Pattern.compile("^(?:snav_)?mn_P(\\d+)(?:_menu)?$");

    private NavParser() {
    }

    public static SectionLinks parse(Document page) {
        List<Category> nav = new ArrayList<>();
        for (Element item : page.select(Css.of("li[id^=mn_P]"))) {
            Matcher m = NAV_ID.matcher(item.id());
            Element link = item.selectFirst(Css.of("a[href]"));
            if (m.matches() && link != null && catid(m.group(1)) >= 0) {
                nav.add(new Category(catid(m.group(1)), navName(link)));
            }
        }
        Map<Integer, List<Category>> children = new LinkedHashMap<>();
        for (Element menu : page.select(Css.of("ul[id^=mn_P], ul[id^=snav_mn_P]"))) {
            Matcher m = MENU_ID.matcher(menu.id());
            if (m.matches() && catid(m.group(1)) >= 0) {
                addAll(children, catid(m.group(1)), CategoryLinks.in(menu));
            }
        }
        List<Category> breadcrumb = CategoryLinks.breadcrumb(page);
        Category current = currentCategory(page, breadcrumb);
        if (current != null) {
            addAll(children, current.id(), CategoryLinks.labelled(page, "下级分类"));
        }
        List<Category> related = CategoryLinks.labelled(page, "相关分类");
        return new SectionLinks(nav, children, breadcrumb, current, related);
    }

    /** The category a list page is about (its heading), else the breadcrumb's last category. */
    private static Category currentCategory(Document page, List<Category> breadcrumb) {
        Element heading = page.selectFirst(Css.of("h1.xs2"));
        int catid = heading == null ? 0 : ArticleListParser.catid(page);
        if (catid > 0) {
            return new Category(catid, SiteText.of(heading));
        }
        return breadcrumb.isEmpty() ? null : breadcrumb.get(breadcrumb.size() - 1);
    }

    /** A nav label without its decoration ({@code 首页<span>Portal</span>}). */
    private static String navName(Element link) {
        String own = SiteText.line(link.ownText());
        return own.isEmpty() ? SiteText.of(link) : own;
    }

    private static void addAll(Map<Integer, List<Category>> children, int parent, List<Category> found) {
        if (found.isEmpty()) {
            return;
        }
        List<Category> list = children.computeIfAbsent(parent, k -> new ArrayList<>());
        for (Category child : found) {
            if (child.id() != parent && list.stream().noneMatch(c -> c.id() == child.id())) {
                list.add(child);
            }
        }
    }

    /** The category id an element id names; -1 past the largest int, which no category has. */
    private static int catid(String digits) {
        long id = DiscuzUrls.number(digits);
        return digits.length() > 10 || id > Integer.MAX_VALUE ? -1 : (int) id;
    }
}
