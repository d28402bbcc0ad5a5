package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalContent;
import dev.fenghuang.demo.store.PortalSearches;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code search.php?mod=portal} (3.10): the form; a search (POST with formhash, or GET with {@code srchtxt}) answered
 * by a bare 302 to its {@code searchid}; the result page (titles matched, highest aid first, 20 a page, the keyword
 * highlighted in red in title and summary); {@code search_ctrl} for a second new search within ten seconds (per
 * member, per address for guests; administrators exempt) and {@code search_id_invalid} for an unknown id.
 */
public final class PortalSearchRoutes {
    static final int PER_PAGE = 20;
    static final String TOO_SOON = "抱歉，您在 " + PortalSearches.SEARCH_CTRL + " 秒内只能进行一次搜索";
    static final String EXPIRED = "抱歉，您指定的搜索不存在或已过期";
    private static final String MARK_OPEN = "<strong><font color=\"#ff0000\">";
    private static final String MARK_CLOSE = "</font></strong>";

    private final PortalContent content;
    private final PortalSearches searches = new PortalSearches();
    private final MessageAnswer answers;
    private final MessagePageRenderer messages;
    private final PageChrome chrome;

    public PortalSearchRoutes(PortalContent content, MessageAnswer answers, MessagePageRenderer messages,
                              PageChrome chrome) {
        this.content = content;
        this.answers = answers;
        this.messages = messages;
        this.chrome = chrome;
    }

    public PageResponse route(Visit visit) {
        var request = visit.request();
        if (request.intParam("searchid") > 0) {
            int id = request.intParam("searchid");
            return searches.find(id).map(s -> PageResponse.html(200, results(visit, id, s)))
                    .orElseGet(() -> answers.answer(visit, Message.of(EXPIRED)));
        }
        String keyword = request.param("srchtxt").strip();
        if (request.param("searchsubmit").isEmpty() || keyword.isEmpty()) {
            return PageResponse.html(200, page(visit, form(visit, keyword)));
        }
        String searcher = visit.member().guest() ? request.address() : "uid" + visit.member().uid();
        if (!visit.group().administrator() && !searches.allow(searcher, visit.site().now())) {
            return messages.forward(visit, 200, "alert_info", TOO_SOON, "search.php?mod=portal");
        }
        int id = searches.add(new PortalSearches.Search(keyword, matching(keyword)));
        return PageResponse.redirect(302, "search.php?mod=portal&searchid=" + id + "&searchsubmit=yes&kw="
                + URLEncoder.encode(keyword, visit.site().charset()));
    }

    /** Titles holding every word (space or + between words), or any of them ({@code |} or {@code OR}). */
    private List<Integer> matching(String keyword) {
        boolean either = keyword.contains("|") || keyword.contains(" OR ");
        List<String> words = words(keyword);
        return content.newest().stream()
                .filter(a -> either ? words.stream().anyMatch(a.title()::contains)
                        : words.stream().allMatch(a.title()::contains))
                .map(PortalArticle::aid).sorted((a, b) -> Integer.compare(b, a)).limit(PortalSearches.MAX_HITS).toList();
    }

    private static List<String> words(String keyword) {
        return java.util.Arrays.stream(keyword.split("\\s*(\\||\\sOR\\s)\\s*|[\\s+]+"))
                .filter(w -> !w.isEmpty() && !w.equals("OR")).toList();
    }

    private String page(Visit visit, String main) {
        return chrome.page(visit, "搜索 -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!", "mn_portal", "search",
                "<div id=\"ct\" class=\"cl w\">\n" + main + "</div>\n");
    }

    private static String form(Visit visit, String keyword) {
        String enc = URLEncoder.encode(keyword, visit.site().charset());
        return "<form class=\"searchform\" method=\"post\" autocomplete=\"off\" action=\"search.php?mod=portal\" "
                + "onsubmit=\"if($('scform_srchtxt')) searchFocus($('scform_srchtxt'));\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\" />\n"
                + "<div class=\"scbar_type\"><ul><li><a href=\"search.php?mod=portal" + (keyword.isEmpty() ? ""
                : "&amp;srchtxt=" + enc + "&amp;searchsubmit=yes") + "\" class=\"a\">文章</a></li>\n"
                + "<li><a href=\"search.php?mod=forum" + (keyword.isEmpty() ? "" : "&amp;srchtxt=" + enc
                + "&amp;searchsubmit=yes") + "\">帖子</a></li></ul></div>\n"
                + "<input type=\"text\" id=\"scform_srchtxt\" name=\"srchtxt\" size=\"65\" maxlength=\"40\" value=\""
                + HtmlText.escape(keyword) + "\" class=\"schtxt\" />\n"
                + "<input type=\"hidden\" name=\"searchsubmit\" value=\"yes\" />\n"
                + "<button type=\"submit\" id=\"scform_submit\" class=\"schbtn\"><strong>搜索</strong></button>\n"
                + "</form>\n";
    }

    private String results(Visit visit, int searchid, PortalSearches.Search search) {
        List<Integer> aids = search.aids();
        int pages = PageNavigation.pageCount(aids.size(), PER_PAGE);
        int page = PageNavigation.clamp(visit.request().intParam("page"), pages);
        StringBuilder main = new StringBuilder(form(visit, search.keyword()));
        main.append("<div class=\"tl\">\n<div class=\"sttl mbn\">\n<h2>结果: <em>找到 “<span class=\"emfont\">")
                .append(HtmlText.escape(search.keyword())).append("</span>” 相关内容 ").append(aids.size())
                .append(" 个</em></h2>\n</div>");
        if (aids.isEmpty()) {
            main.append("<p class=\"emp xg2 xs2\">对不起，没有找到匹配结果。</p>\n");
        } else {
            main.append("<div class=\"slst mtw\">\n<ul>");
            for (int aid : aids.subList((page - 1) * PER_PAGE, Math.min(aids.size(), page * PER_PAGE))) {
                content.article(aid).ifPresent(a -> main.append(hit(a, search.keyword())));
            }
            main.append("</ul>\n</div>\n");
        }
        String links = PageNavigation.links("search.php?mod=portal&searchid=" + searchid
                + "&orderby=aid&ascdesc=desc&searchsubmit=yes", page, pages);
        if (!links.isEmpty()) {
            main.append("<div class=\"pgs cl mbm\">").append(links).append("</div>\n");
        }
        main.append("</div>\n");
        return page(visit, main.toString());
    }

    private String hit(PortalArticle article, String keyword) {
        return "<li class=\"pbw\">\n<h3 class=\"xs3\"><a href=\"portal.php?mod=view&aid=" + article.aid()
                + "\" target=\"_blank\">" + highlight(HtmlText.escape(article.title()), keyword) + "</a></h3>\n"
                + "<p class=\"xg1\">" + content.commentCount(article.aid()) + " 个评论 - " + content.views(article.aid())
                + " 次查看</p>\n<p>" + highlight(HtmlText.escape(article.summary()), keyword) + "</p>\n<p>\n<span>"
                + PrintedTime.dateTime(article.dateline()) + "</span>\n -\n<span><a href=\"home.php?mod=space&amp;uid="
                + article.publisher().uid() + "\" target=\"_blank\">" + HtmlText.escape(article.publisher().name())
                + "</a></span>\n</p>\n</li>\n";
    }

    /** Marks each word in already escaped HTML text the way Discuz's {@code bat_highlight} does. */
    static String highlight(String html, String keyword) {
        String marked = html;
        for (String word : words(keyword)) {
            String escaped = HtmlText.escape(word);
            marked = marked.replaceAll(Pattern.quote(escaped),
                    MARK_OPEN + escaped.replace("\\", "\\\\").replace("$", "\\$") + MARK_CLOSE);
        }
        return marked;
    }
}
