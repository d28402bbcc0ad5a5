package dev.fenghuang.site.forum;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Favorite;
import dev.fenghuang.model.FavoriteList;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.ThreadFavorite;
import dev.fenghuang.model.forum.ThreadFavorites;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.FavoriteListParser;
import dev.fenghuang.site.read.MemberParser;
import dev.fenghuang.site.write.Outcomes;
import dev.fenghuang.site.write.Replies;
import dev.fenghuang.site.write.Reply;
import dev.fenghuang.site.write.WriteTexts;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Thread favourites (4.8): a thread is favourited in one step, by the thread page's {@code a#k_favorite} link,
 * which carries the form hash; the list is the {@code type=thread} tab of the member's favourites.
 */
public final class ThreadFavoriteWriter {
    private static final String LIST = "home.php?mod=space&do=favorite&view=me&type=thread";
    private static final String KEY = "k_favorite";

    private final dev.fenghuang.site.write.SiteCalls calls;
    private final ForumUrls urls;
    private final Clock clock;

    public ThreadFavoriteWriter(dev.fenghuang.site.write.SiteCalls calls, Clock clock) {
        this.calls = calls;
        this.urls = new ForumUrls(calls.urls().base());
        this.clock = clock;
    }

    /** Adds a thread. {@code Posted} carries the favid; a repeat is {@code Refused} in the site's words. */
    public PostResult favorite(long tid) throws IOException {
        URI threadUrl = urls.thread(tid, 1, 0);
        WebPage page = calls.page(threadUrl);
        Document doc;
        try {
            doc = PageGate.open(page, "#postlist", "thread page");
        } catch (SiteRefused e) {
            return ForumWriter.refusal(e.siteMessage());
        }
        Element link = doc.getElementById(KEY);
        if (MemberParser.uid(page.text()) == 0) {
            return Outcomes.needsLogin();
        }
        if (link == null || !link.attr("href").contains("formhash=")) {
            return new PostResult.Refused(new SiteMessage("抱歉，收藏功能尚未开启", Kind.CLOSED));
        }
        URI url = urls.base().resolve(link.attr("href").replace("&amp;", "&") + "&infloat=yes&handlekey=" + KEY
                + "&inajax=1");
        Reply reply = Replies.of(calls.ajaxPage(url, page.url() != null ? page.url() : threadUrl));
        return outcome(reply, url);
    }

    static PostResult outcome(Reply reply, URI url) throws UnexpectedPage {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return common.get();
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(url.toString(), "the favourite answer is neither a message nor XML");
        }
        SiteMessage m = said.message();
        if (m.text().startsWith("信息收藏成功")) {
            return new PostResult.Posted(m.text(), DiscuzUrls.number(m.values().get("favid")), false);
        }
        if (WriteTexts.isSubmitInvalid(m)) {
            return new PostResult.NeedsLogin(m);
        }
        return new PostResult.Refused(m);
    }

    /**
     * One page (1-based) of the member's thread favourites.
     *
     * @throws SiteRefused for a guest (请先登录后才能继续浏览) or favourites switched off
     */
    public ThreadFavorites list(int page) throws IOException {
        URI url = urls.base().resolve(LIST + (page > 1 ? "&page=" + page : ""));
        Document doc = PageGate.open(calls.page(url), "li[id^=fav_], #favorite_ul, p.emp, #delform", "favourites page");
        FavoriteList list = FavoriteListParser.parse(doc, clock);
        return new ThreadFavorites(list.page(), list.pageCount(), list.favorites().stream()
                .map(ThreadFavoriteWriter::thread).filter(f -> f.tid() > 0).toList());
    }

    /** The article parser's item as a thread: its {@code vid} (or the link's {@code tid}) is the thread. */
    private static ThreadFavorite thread(Favorite f) {
        long tid = ForumUrls.tid(f.url());
        return new ThreadFavorite(f.favid(), tid > 0 ? tid : f.aid(), f.title(), f.time());
    }
}
