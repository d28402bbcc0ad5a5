package dev.fenghuang.site.forum;

import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.model.forum.ThreadType;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a board's thread list ({@code forum.php?mod=forumdisplay}) into a {@link BoardPage}: the heading
 * ({@code h1.xs2}: name, 今日, 主题), the breadcrumb, the thread-type bar ({@code ul#thread_types}), the sub-board
 * block ({@code div[id^=subforum_]}), the rows and the pager ({@code span#fd_page_top}). The filter and order are
 * those of the URL the page was read from. The page number is what the pager shows: past the last page the site
 * answers page 1, and the caller compares. A page without {@code #threadlist} or a thread table throws
 * {@link UnexpectedPage}.
 */
public final class BoardPageParser {
    private static final Pattern PENDING = Pattern.compile("您有\\s*(\\d+)\\s*个主题正等待审核");

    private BoardPageParser() {
    }

    public static BoardPage parse(Document page, Clock clock) throws UnexpectedPage {
        Element list = page.selectFirst(Css.of("#threadlisttableid, #threadlist"));
        if (list == null) {
            throw new UnexpectedPage(page.location(), "not a board page: no #threadlist");
        }
        Element heading = page.selectFirst(Css.of("h1.xs2"));
        Element nameLink = heading == null ? null : heading.selectFirst(Css.of("a[href]"));
        List<BoardLink> breadcrumb = ForumMarkup.breadcrumb(page);
        int fid = fid(page, nameLink, breadcrumb, list);
        String name = nameLink != null ? SiteText.of(nameLink) : lastName(breadcrumb);
        if (fid > 0 && (breadcrumb.isEmpty() || breadcrumb.get(breadcrumb.size() - 1).fid() != fid)) {
            breadcrumb = new ArrayList<>(breadcrumb);
            breadcrumb.add(new BoardLink(fid, name, false));
        }
        List<Element> numbers = heading == null ? List.of() : heading.select(Css.of("strong.xi1"));
        Element top = PageIds.get(page, "fd_page_top");
        Pager pager = Pager.of(top != null && top.selectFirst(Css.of("div.pg")) != null ? top : page);
        Element subforums = page.selectFirst(Css.of("div[id^=subforum_]"));
        String digest = ForumMarkup.requested(page, "digest");
        return BoardPage.builder(fid)
                .name(name)
                .breadcrumb(breadcrumb)
                .today(numbers.isEmpty() ? 0 : (int) ForumMarkup.count(numbers.get(0)))
                .threadCount(numbers.size() < 2 ? 0 : ForumMarkup.count(numbers.get(1)))
                .types(types(page))
                .typeId(currentType(page))
                .digestOnly("1".equals(digest))
                .order("dateline".equals(ForumMarkup.requested(page, "orderby")) ? ThreadOrder.CREATED
                        : ThreadOrder.LAST_POST)
                .subBoards(subforums == null ? List.of() : BoardRows.of(subforums.selectFirst(Css.of("table.fl_tb")), clock))
                .threads(ThreadRows.of(list, clock))
                .page(pager.page())
                .pageCount(pager.pageCount())
                .pendingThreads(pending(page))
                .build();
    }

    private static int fid(Document page, Element nameLink, List<BoardLink> breadcrumb, Element list) {
        int fid = nameLink == null ? 0 : ForumUrls.fid(nameLink.attr("href"));
        if (fid == 0) {
            Element table = list.is("table") ? list : list.selectFirst(Css.of("table[summary^=forum_]"));
            fid = table == null ? 0 : ForumMarkup.firstInt(table.attr("summary"));
        }
        if (fid == 0 && page.location() != null) {
            fid = ForumUrls.fid(page.location());
        }
        if (fid == 0 && !breadcrumb.isEmpty() && !breadcrumb.get(breadcrumb.size() - 1).category()) {
            fid = breadcrumb.get(breadcrumb.size() - 1).fid();
        }
        return fid;
    }

    private static String lastName(List<BoardLink> breadcrumb) {
        return breadcrumb.isEmpty() ? "" : breadcrumb.get(breadcrumb.size() - 1).name();
    }

    /** The types of the bar but 全部; the one filtered on links back to the list, so its id is the request's. */
    private static List<ThreadType> types(Document page) {
        Element bar = PageIds.get(page, "thread_types");
        List<ThreadType> types = new ArrayList<>();
        if (bar == null) {
            return types;
        }
        int requested = currentType(page);
        for (Element li : bar.select(Css.of("li"))) {
            Element a = li.selectFirst(Css.of("a[href]"));
            if (a == null || li.id().equals("ttp_all")) {
                continue;
            }
            Element num = a.selectFirst(Css.of("span.num"));
            int id = ForumUrls.intParam(a.attr("href"), "typeid");
            if (id == 0 && li.hasClass("a")) {
                id = requested;
            }
            String name = SiteText.line(a.ownText());
            if (name.isEmpty()) {
                name = SiteText.of(a);
            }
            types.add(new ThreadType(id, name, num == null ? 0 : ForumMarkup.firstInt(num.text())));
        }
        return types;
    }

    private static int currentType(Document page) {
        return (int) Math.min(Integer.MAX_VALUE, ForumMarkup.firstNumber(ForumMarkup.requested(page, "typeid")));
    }

    private static int pending(Document page) {
        for (Element notice : page.select(Css.of("div.ntc_l"))) {
            Matcher m = PENDING.matcher(notice.text());
            if (m.find()) {
                return ForumMarkup.firstInt(m.group(1));
            }
        }
        return 0;
    }
}
