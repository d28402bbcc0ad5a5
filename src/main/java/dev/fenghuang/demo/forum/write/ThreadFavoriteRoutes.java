package dev.fenghuang.demo.forum.write;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadFavorites;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import java.util.List;

/**
 * Thread favourites (4.8) on {@code home.php}: the one-step add
 * {@code mod=spacecp&ac=favorite&type=thread&id=TID&formhash=FH} (a GET carrying the formhash) and the list
 * {@code mod=space&do=favorite&view=me&type=thread}.
 */
public final class ThreadFavoriteRoutes {
    private static final String FAVORITE_OFF = "抱歉，收藏功能尚未开启";
    private static final String LOGIN_FIRST = "请先登录后才能继续浏览";

    private final ForumData data;
    private final MessageAnswer answers;
    private final PageChrome chrome;

    public ThreadFavoriteRoutes(ForumData data, MessageAnswer answers, PageChrome chrome) {
        this.data = data;
        this.answers = answers;
        this.chrome = chrome;
    }

    /** True for the requests this class answers: a thread's favourite, or the list of favourite threads. */
    public static boolean handles(Visit visit) {
        var request = visit.request();
        return request.param("type").equals("thread") && (request.param("ac").equals("favorite")
                && request.param("op").isEmpty() || request.param("do").equals("favorite"));
    }

    public PageResponse route(Visit visit) {
        boolean list = visit.request().param("mod").equals("space");
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(list ? LOGIN_FIRST : ForumTexts.TO_LOGIN).needsLogin());
        }
        if (visit.site().favoritesOff()) {
            return answers.answer(visit, Message.of(FAVORITE_OFF));
        }
        return list ? PageResponse.html(200, list(visit)) : add(visit);
    }

    private PageResponse add(Visit visit) {
        var request = visit.request();
        var found = data.thread(request.intParam("id")).filter(ForumThread::listed);
        if (found.isEmpty()) {
            return answers.answer(visit, Message.of(ForumTexts.FAVORITE_CANNOT));
        }
        ForumThread thread = found.get();
        if (data.favorites().find(visit.member(), thread.tid()).isPresent()) {
            return answers.answer(visit, Message.of(ForumTexts.FAVORITE_REPEAT));
        }
        if (!request.param("formhash").equals(visit.formhash())) {
            return answers.answer(visit, Message.of(ForumTexts.SUBMIT_INVALID));
        }
        ThreadFavorites.Favorite added = data.favorites().add(visit.member(), thread, visit.site().now());
        String referer = request.referer();
        String forward = !referer.isEmpty() && SubmitCheck.sameHost(referer, request.host(), false) ? referer
                : visit.siteUrl() + "forum.php?mod=viewthread&tid=" + thread.tid();
        String key = request.handlekey();
        return answers.answer(visit, Message.of(ForumTexts.FAVORITE_SUCCESS).forward(forward).value("id", thread.tid())
                .value("favid", added.favid()).succeeded().wrote().extra("hideWindow('" + key + "');showDialog('"
                        + ForumTexts.FAVORITE_SUCCESS + "', 'right', null, null, 0, null, null, null, null, 2, null);"));
    }

    private String list(Visit visit) {
        List<ThreadFavorites.Favorite> favorites = data.favorites().of(visit.member());
        long now = visit.site().now();
        StringBuilder items = new StringBuilder();
        for (ThreadFavorites.Favorite f : favorites) {
            items.append("<li id=\"fav_").append(f.favid()).append("\" class=\"bbda ptm pbm\">\n<a class=\"y\" id=\"a_delete_")
                    .append(f.favid()).append("\" href=\"home.php?mod=spacecp&amp;ac=favorite&amp;op=delete&amp;favid=")
                    .append(f.favid()).append("\" onclick=\"showWindow(this.id, this.href, 'get', 0);\">删除</a>\n")
                    .append("<input type=\"checkbox\" name=\"favorite[]\" class=\"pc\" value=\"").append(f.favid())
                    .append("\" vid=\"").append(f.tid()).append("\" />\n<a href=\"forum.php?mod=viewthread&tid=")
                    .append(f.tid()).append("\" target=\"_blank\">").append(ForumHtml.escape(f.subject()))
                    .append("</a> <span class=\"xg1\">").append(ForumTime.relative(f.dateline(), now, ForumTime.MINUTES))
                    .append("</span>\n</li>\n");
        }
        String body = favorites.isEmpty() ? "<p class=\"emp\">您还没有添加任何收藏</p>\n"
                : "<form method=\"post\" autocomplete=\"off\" name=\"delform\" id=\"delform\" action=\"home.php?mod="
                        + "spacecp&amp;ac=favorite&amp;op=delete&amp;type=thread&amp;checkall=1\">\n<input type=\"hidden\" "
                        + "name=\"formhash\" value=\"" + visit.formhash() + "\" />\n<input type=\"hidden\" name=\"delfavorite\" "
                        + "value=\"true\" />\n<ul id=\"favorite_ul\" class=\"\">\n" + items + "</ul>\n</form>\n";
        String main = "<div id=\"ct\" class=\"ct2_a wp cl\">\n<div class=\"mn\">\n<div class=\"bm bw0\">\n<h1 class=\"mt "
                + "bbs\"><img alt=\"favorite\" src=\"static/image/feed/favorite.gif\" class=\"vm\" /> 帖子</h1>\n" + body
                + "</div>\n</div>\n</div>\n";
        return chrome.page(visit, "我的收藏 -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!", "mn_forum",
                "home_space", main);
    }
}
