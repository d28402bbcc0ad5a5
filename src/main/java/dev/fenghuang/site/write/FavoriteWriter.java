package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.FavoriteListParser;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.FavoriteList;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Favourites (收藏, 3.8 of the protocol reference): the add dialog posted back ({@code favoritesubmit}), the list,
 * and the delete confirm dialog posted back ({@code deletesubmit}). The site checks ownership when it draws a
 * dialog, so a favourite that is gone or not ours is refused before anything is posted.
 */
public final class FavoriteWriter {
    private static final String SPACECP = "home.php?mod=spacecp&ac=favorite";
    private static final String LIST = "home.php?mod=space&do=favorite&view=me&type=article";

    private final SiteCalls calls;
    private final Clock clock;

    public FavoriteWriter(SiteCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public PostResult favorite(long aid) throws IOException {
        String key = "favoritearticlehk_" + aid;
        URI url = calls.urls().base().resolve(SPACECP + "&type=article&id=" + aid + "&handlekey=" + key + "&inajax=1");
        SiteCalls.Opened opened = calls.dialog(url, calls.urls().article(aid, 1), "favoriteform_");
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        FormData form = opened.form().withDefault("favoritesubmit", "true");
        Reply reply = calls.submit(form, key);
        return outcome(reply, form, true);
    }

    public PostResult unfavorite(long favid) throws IOException {
        String key = "a_delete_" + favid;
        URI base = calls.urls().base();
        URI url = base.resolve(SPACECP + "&op=delete&favid=" + favid + "&handlekey=" + key + "&inajax=1");
        SiteCalls.Opened opened = calls.dialog(url, base.resolve(LIST), "favoriteform_");
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        FormData form = opened.form().withDefault("deletesubmit", "true");
        PostResult result = outcome(calls.submit(form, key), form, false);
        return result instanceof PostResult.Posted posted ? new PostResult.Posted(posted.message(), favid, false) : result;
    }

    /**
     * One page of the member's article favourites.
     *
     * @throws dev.fenghuang.model.SiteRefused for a guest (请先登录后才能继续浏览) or another message
     */
    public FavoriteList list(int page) throws IOException {
        URI url = calls.urls().base().resolve(LIST + (page > 1 ? "&page=" + page : ""));
        WebPage answer = calls.page(url);
        Document doc = PageGate.open(answer, "li[id^=fav_], #favorite_ul, p.emp, #delform", "favourites page");
        return FavoriteListParser.parse(doc, clock);
    }

    /** 信息收藏成功 (with {@code favid}) or 操作成功 → Posted; what every write shares; else Refused. */
    private static PostResult outcome(Reply reply, FormData form, boolean adding) throws UnexpectedPage {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return common.get();
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(form.action().toString(), "the favourite answer is neither a message nor XML");
        }
        String text = said.message().text();
        boolean done = adding ? text.startsWith("信息收藏成功") : WriteTexts.isDone(said.message());
        if (done) {
            long id = DiscuzUrls.number(said.message().values().get("favid"));
            return new PostResult.Posted(text, id, false);
        }
        if (WriteTexts.isSubmitInvalid(said.message())) {
            return new PostResult.NeedsLogin(said.message());
        }
        return new PostResult.Refused(said.message());
    }
}
