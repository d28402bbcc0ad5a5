package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.html.QuoteTextPlain;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumSearches;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.MessagePageRenderer;
import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.page.PageNavigation;
import dev.fenghuang.demo.http.Visit;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code search.php?mod=forum} (4.9): the form, a search (POST with formhash, or GET with {@code srchtxt}) answered
 * by an empty 302 to its {@code searchid}, the result list (20 a page, newest last post first, words highlighted in
 * red) and the {@code search_ctrl} page for a second search within ten seconds. Titles are searched, every word
 * must match ({@code |} or {@code OR} for either).
 */
public final class ForumSearchRoutes {
    static final int PER_PAGE = 20;
    static final String TOO_SOON = "抱歉，您在 10 秒内只能进行一次搜索";
    static final String EXPIRED = "抱歉，您指定的搜索不存在或已过期";

    private final ForumData data;
    private final MessageAnswer answers;
    private final MessagePageRenderer messages;
    private final ForumChrome chrome;

    public ForumSearchRoutes(ForumData data, MessageAnswer answers, MessagePageRenderer messages, PageChrome chrome) {
        this.data = data;
        this.answers = answers;
        this.messages = messages;
        this.chrome = new ForumChrome(chrome);
    }

    public PageResponse route(Visit visit) {
        var request = visit.request();
        if (request.intParam("searchid") > 0) {
            return data.searches().find(request.intParam("searchid"))
                    .map(s -> PageResponse.html(200, results(visit, request.intParam("searchid"), s)))
                    .orElseGet(() -> answers.answer(visit, Message.of(EXPIRED)));
        }
        String text = request.param("srchtxt").strip();
        if (request.param("searchsubmit").isEmpty() || text.isEmpty()) {
            return PageResponse.html(200, chrome.page(visit, ForumChrome.title("搜索"), "search", "", form(visit, text)));
        }
        String searcher = visit.member().guest() ? request.address() : "uid" + visit.member().uid();
        if (!data.searches().allow(searcher, visit.site().now())) {
            return messages.forward(visit, 200, "alert_info", TOO_SOON, "search.php?mod=forum");
        }
        int id = data.searches().add(new ForumSearches.Search(text, matching(text)));
        return PageResponse.redirect(302, "search.php?mod=forum&searchid=" + id + "&orderby=lastpost&ascdesc=desc"
                + "&searchsubmit=yes&kw=" + ForumHtml.url(text, visit.site().charset()));
    }

    private List<Integer> matching(String text) {
        boolean either = text.contains("|") || text.contains(" OR ");
        List<String> words = List.of(text.split(either ? "\\s*(\\||\\sOR\\s)\\s*" : "[\\s+]+"));
        List<ForumThread> hits = new ArrayList<>();
        for (ForumThread thread : data.threads()) {
            if (!thread.listed()) {
                continue;
            }
            String subject = thread.subject();
            boolean match = either ? words.stream().anyMatch(subject::contains) : words.stream().allMatch(subject::contains);
            if (match) {
                hits.add(thread);
            }
        }
        hits.sort(Comparator.comparingLong((ForumThread t) -> t.lastPost().dateline()).reversed());
        return hits.stream().map(ForumThread::tid).toList();
    }

    private static String form(Visit visit, String text) {
        return "<div id=\"ct\" class=\"cl w\">\n<form class=\"searchform\" method=\"post\" autocomplete=\"off\" "
                + "action=\"search.php?mod=forum\">\n<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash()
                + "\" />\n<input type=\"text\" id=\"scform_srchtxt\" name=\"srchtxt\" size=\"65\" maxlength=\"40\" value=\""
                + ForumHtml.escape(text) + "\" />\n<input type=\"hidden\" name=\"searchsubmit\" value=\"yes\" />\n"
                + "<button type=\"submit\" id=\"scform_submit\" class=\"schbtn\"><strong>搜索</strong></button>\n</form>\n"
                + "<p><a href=\"search.php?mod=forum&amp;srchfrom=15552000&amp;searchsubmit=yes\">6 月内帖子</a> "
                + "<a href=\"search.php?mod=forum&amp;srchfrom=31536000&amp;searchsubmit=yes\">1 年内帖子</a></p>\n</div>\n";
    }

    private String results(Visit visit, int searchid, ForumSearches.Search search) {
        Charset charset = visit.site().charset();
        List<Integer> tids = search.tids();
        int pages = PageNavigation.pageCount(tids.size(), PER_PAGE);
        int page = PageNavigation.clamp(visit.request().intParam("page"), pages);
        StringBuilder hits = new StringBuilder();
        for (int tid : tids.subList((page - 1) * PER_PAGE, Math.min(tids.size(), page * PER_PAGE))) {
            data.thread(tid).ifPresent(t -> hits.append(hit(t, search.text(), charset)));
        }
        String base = "search.php?mod=forum&searchid=" + searchid + "&orderby=lastpost&ascdesc=desc&searchsubmit=yes";
        String main = "<div id=\"ct\" class=\"cl w\">\n" + form(visit, search.text()) + "<div class=\"tl\"><div class=\"sttl "
                + "mbn\"><h2>结果: <em>找到 “<span class=\"emfont\">" + ForumHtml.escape(search.text()) + "</span>” 相关内容 "
                + tids.size() + " 个</em> </h2></div><div class=\"slst mtw\" id=\"threadlist\" ><ul>\n" + hits
                + "</ul>\n</div>\n<div class=\"pgs cl mbm\">" + PageNavigation.links(base, page, pages) + "</div>\n</div>\n</div>\n";
        return chrome.page(visit, ForumChrome.title(search.text() + " - 搜索"), "search", "", main);
    }

    private String hit(ForumThread thread, String text, Charset charset) {
        ForumPost first = thread.firstPost();
        String excerpt = ForumHtml.cut(QuoteTextPlain.of(first.message()), 200, charset);
        Board board = data.board(thread.fid()).orElseThrow();
        return "<li class=\"pbw\" id=\"" + thread.tid() + "\">\n<h3 class=\"xs3\">\n<a href=\"forum.php?mod=viewthread&amp;"
                + "tid=" + thread.tid() + "&amp;highlight=" + ForumHtml.url(text, charset) + "\" target=\"_blank\" >"
                + highlight(ForumHtml.escape(thread.subject()), text) + "</a>\n</h3>\n<p class=\"xg1\">" + thread.replies()
                + " 个回复 - " + thread.views() + " 次查看</p>\n<p>" + highlight(ForumHtml.escape(excerpt), text) + "</p>\n"
                + "<p>\n<span>" + ForumTime.minutes(thread.dateline()) + "</span>\n -\n<span>\n<a href=\"home.php?mod=space"
                + "&amp;uid=" + thread.author().uid() + "\" target=\"_blank\">" + ForumHtml.escape(thread.author().name())
                + "</a>\n</span>\n -\n<span><a href=\"forum.php?mod=forumdisplay&amp;fid=" + board.fid() + "\" target=\""
                + "_blank\" class=\"xi1\">" + ForumHtml.escape(board.name()) + "</a></span>\n</p>\n</li>\n";
    }

    private static String highlight(String html, String text) {
        String marked = html;
        for (String word : text.split("[\\s+|]+")) {
            if (!word.isEmpty() && !word.equals("OR")) {
                String escaped = ForumHtml.escape(word);
                marked = marked.replaceAll(Pattern.quote(escaped),
                        "<strong><font color=\"#ff0000\">" + escaped.replace("$", "\\$") + "</font></strong>");
            }
        }
        return marked;
    }
}
