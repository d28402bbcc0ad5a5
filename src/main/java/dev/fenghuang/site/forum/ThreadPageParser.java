package dev.fenghuang.site.forum;

import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadType;
import dev.fenghuang.site.forum.scan.FloorScan;
import dev.fenghuang.site.forum.scan.ThreadPageFrame;
import dev.fenghuang.site.forum.scan.ThreadPageScan;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a thread page ({@code forum.php?mod=viewthread}) into a {@link ThreadPage}: the subject
 * ({@code span#thread_subject}) with its type link and state ({@code (审核中)}, the 关闭 lock), 查看/回复, the
 * breadcrumb and board, the pager ({@code div#pgt}), and each {@code div#post_PID} of {@code div#postlist} as a
 * {@link Floor}. 只看该作者 is recognised from the page itself (显示全部楼层 links in place of 只看该作者), newest first
 * from the URL ({@code ordertype=1}). Past the last page the site shows the last page, and the pager says so; the
 * caller compares. A page without {@code div#postlist} throws {@link UnexpectedPage}.
 */
public final class ThreadPageParser {
    /** The brackets around a thread type's name. */
    private static final Pattern BRACKETS = Pattern.compile("^\\[|]$");

    private ThreadPageParser() {
    }

    /**
     * Reads a thread page from its text: only the parts read are handed to jsoup ({@link ThreadPageCut}), the whole
     * page where they cannot be cut cleanly. The same record as {@code parse(Jsoup.parse(html, location), clock)}.
     */
    public static ThreadPage parse(String html, String location, Clock clock) throws UnexpectedPage {
        ThreadPage scanned = scanned(html, location, clock);
        return scanned != null ? scanned : parse(Jsoup.parse(ThreadPageCut.of(html), location), clock);
    }

    /**
     * The page read from its text alone, posts and frame ({@link ThreadPageFrame}); null where either cannot be
     * vouched for. What the client reads a thread page with before anything else.
     */
    static ThreadPage framed(String html, String location, Clock clock) throws UnexpectedPage {
        ThreadPageScan scan = ThreadPageScan.of(html);
        Document page = scan == null ? null : scan.frame(location);
        return page == null ? null : scanned(scan, page, clock);
    }

    /** The page read by {@link ThreadPageScan}, or null where the scan refuses it (then jsoup reads it). */
    static ThreadPage scanned(String html, String location, Clock clock) throws UnexpectedPage {
        ThreadPageScan scan = ThreadPageScan.of(html);
        return scan == null ? null : scanned(scan, location, clock);
    }

    public static ThreadPage parse(Document page, Clock clock) throws UnexpectedPage {
        Element postlist = postList(page);
        List<Element> posts = posts(postlist);
        boolean filtered = !posts.isEmpty() && isFiltered(posts.get(0));
        List<Floor> floors = new ArrayList<>(posts.size());
        for (Element post : posts) {
            floors.add(FloorParser.parse(post, ForumMarkup.firstNumber(post.id()), clock));
        }
        return page(page, postlist, floors, filtered);
    }

    private static Element postList(Document page) throws UnexpectedPage {
        Element postlist = PageIds.get(page, "postlist");
        if (postlist == null) {
            throw new UnexpectedPage(page.location(), "not a thread page: no div#postlist");
        }
        return postlist;
    }

    /**
     * The page from its posts as {@link ThreadPageScan} read them and the rest from the skeleton's tree; null where
     * the skeleton does not hold the posts where the scan found them, or a floor's text cannot be vouched for.
     */
    static ThreadPage scanned(ThreadPageScan scan, String location, Clock clock) throws UnexpectedPage {
        Document page = scan.frame(location);
        return scanned(scan, page != null ? page : skeleton(scan, location), clock);
    }

    /** The page's skeleton ({@link ThreadPageScan#skeleton()}) cut and parsed by jsoup: where there is no frame. */
    static Document skeleton(ThreadPageScan scan, String location) {
        return Jsoup.parse(ThreadPageCut.of(scan.skeleton()), location);
    }

    /** The page from its scanned posts and {@code page}, its frame or its skeleton's tree. */
    static ThreadPage scanned(ThreadPageScan scan, Document page, Clock clock) throws UnexpectedPage {
        Element postlist = postList(page);
        List<Element> stubs = posts(postlist);
        List<FloorScan> posts = scan.posts();
        if (stubs.size() != posts.size()) {
            return null;
        }
        String base = page.baseUri();
        List<Floor> floors = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            FloorScan post = posts.get(i);
            if (!stubs.get(i).id().equals(post.postId)) {
                return null;
            }
            Floor floor = post.floor(scan.fragment(post.body, post.bodyTree, "td", base),
                    scan.fragment(post.attachments, post.attachmentsTree, "div", base), clock);
            if (post.refused()) {
                return null;
            }
            floors.add(floor);
        }
        boolean filtered = posts.get(0).isFiltered();
        return posts.get(0).refused() ? null : page(page, postlist, floors, filtered);
    }

    /** The page's own parts (subject, counts, board, pager …) around its floors, numbered here. */
    private static ThreadPage page(Document page, Element postlist, List<Floor> read, boolean filtered) {
        Element heading = FirstElements.withClass(page, "h1", "ts");
        Element subject = PageIds.get(page, "thread_subject");
        Element pgt = PageIds.get(page, "pgt");
        Element pg = pgt == null ? null : FirstElements.withClass(pgt, "div", "pg");
        Pager pager = Pager.of(pg != null ? pg : page);
        boolean newestFirst = "1".equals(ForumMarkup.requested(page, "ordertype"));
        List<Floor> floors = FloorNumbers.numbered(read, pager.page(), filtered, newestFirst);
        List<BoardLink> breadcrumb = ForumMarkup.breadcrumb(page);
        Element stats = postlist.selectFirst(Css.of("div.hm.ptn"));
        List<Element> counts = stats == null ? List.of() : stats.select(Css.of("span.xi1"));
        String state = stateText(heading);
        return ThreadPage.builder(tid(page, postlist))
                .fid(fid(page, breadcrumb))
                .subject(subject != null ? SiteText.of(subject) : SiteText.of(heading))
                .type(type(heading))
                .breadcrumb(breadcrumb)
                .views(counts.isEmpty() ? 0 : ForumMarkup.count(counts.get(0)))
                .replies(counts.size() < 2 ? 0 : ForumMarkup.count(counts.get(1)))
                .closed(isClosed(heading))
                .awaitingModeration(state.contains("审核中"))
                .page(pager.page())
                .pageCount(pager.pageCount())
                .authorFilter(filtered ? authorFilter(page, pgt, floors) : 0)
                .newestFirst(newestFirst)
                .floors(floors)
                .moderatorTools(PageIds.get(page, "modmenu") != null)
                .build();
    }

    /** The {@code div#post_PID} children of the post list (any depth, should a template wrap them). */
    private static List<Element> posts(Element postlist) {
        List<Element> posts = new ArrayList<>();
        for (int i = 0, n = postlist.childNodeSize(); i < n; i++) {
            if (postlist.childNode(i) instanceof Element child && ThreadPageScan.isPostId(child.id())) {
                posts.add(child);
            }
        }
        if (posts.isEmpty()) {
            for (Element post : postlist.select(Css.of("div[id^=post_]"))) {
                if (ThreadPageScan.isPostId(post.id())) {
                    posts.add(post);
                }
            }
        }
        return posts;
    }

    /** On a 只看该作者 page every post links 显示全部楼层 where it would link 只看该作者; the first post tells. */
    private static boolean isFiltered(Element post) {
        for (Element a : post.select(Css.of("div.authi a[href*=viewthread]"))) {
            String text = a.text();
            if (text.contains("显示全部楼层")) {
                return true;
            }
            if (text.contains("只看该作者")) {
                return false;
            }
        }
        return false;
    }

    /** The filtered author: from the URL or the pager's {@code authorid=}, else the author of every floor. */
    private static long authorFilter(Document page, Element pgt, List<Floor> floors) {
        long uid = ForumMarkup.firstNumber(ForumMarkup.requested(page, "authorid"));
        if (uid == 0 && pgt != null) {
            for (Element a : pgt.select(Css.of("a[href*=authorid]"))) {
                uid = ForumUrls.longParam(a.attr("href"), "authorid");
                if (uid > 0) {
                    break;
                }
            }
        }
        if (uid == 0 && !floors.isEmpty()) {
            uid = floors.get(0).author().uid();
        }
        return uid;
    }

    private static long tid(Document page, Element postlist) {
        Element link = FirstElements.threadLink(postlist, postlist, false);
        long tid = link == null ? 0 : ForumUrls.tid(link.attr("href"));
        if (tid > 0) {
            return tid;
        }
        String location = page.location();
        return location == null ? 0 : ForumUrls.tid(location);
    }

    private static int fid(Document page, List<BoardLink> breadcrumb) {
        for (int i = breadcrumb.size() - 1; i >= 0; i--) {
            if (!breadcrumb.get(i).category()) {
                return breadcrumb.get(i).fid();
            }
        }
        Element form = PageIds.get(page, "fastpostform");
        return form == null ? 0 : ForumUrls.intParam(form.attr("action"), "fid");
    }

    private static ThreadType type(Element heading) {
        Element link = heading == null ? null : heading.selectFirst(Css.of("a[href*=typeid]"));
        if (link == null) {
            return null;
        }
        String name = BRACKETS.matcher(SiteText.of(link)).replaceAll("").strip();
        return new ThreadType(ForumUrls.intParam(link.attr("href"), "typeid"), name, 0);
    }

    /** The grey state text in or just after {@code h1.ts}: (审核中), (已忽略), the lock. */
    private static String stateText(Element heading) {
        if (heading == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Element grey : heading.select(Css.of("span.xg1"))) {
            text.append(grey.text());
        }
        Element next = heading.nextElementSibling();
        if (next != null && next.is(Css.of("span.xg1"))) {
            text.append(next.text());
        }
        return text.toString();
    }

    private static boolean isClosed(Element heading) {
        if (heading == null) {
            return false;
        }
        String lock = "i.fico-lock, [title=关闭], img[src*=lock]";
        if (heading.selectFirst(Css.of(lock)) != null) {
            return true;
        }
        Element next = heading.nextElementSibling();
        return next != null && next.is(Css.of("span.xg1")) && next.selectFirst(Css.of(lock)) != null;
    }
}
