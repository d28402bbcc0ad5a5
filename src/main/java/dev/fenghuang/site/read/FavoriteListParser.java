package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Favorite;
import dev.fenghuang.model.FavoriteList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A member's favourites page ({@code home.php?mod=space&do=favorite&view=me}, 3.8): one {@code li#fav_FAVID} per
 * entry with the item link, the time (absolute in {@code span[title]} when shown relative) and, on
 * {@code type=all}, a type icon whose {@code alt} says what it is. {@code p.emp} (您还没有添加任何收藏) gives no entries.
 */
public final class FavoriteListParser {
    private FavoriteListParser() {
    }

    public static FavoriteList parse(Document page, Clock clock) {
        List<Favorite> favorites = new ArrayList<>();
        for (Element item : page.select("li[id^=fav_]")) {
            long favid = DiscuzUrls.number(item.id().substring("fav_".length()));
            Element link = item.selectFirst("a[href]:not([id^=a_delete_]):not(.y)");
            if (favid <= 0 || link == null) {
                continue;
            }
            String url = SiteText.url(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
            favorites.add(new Favorite(favid, aid(item, url), SiteText.of(link), url,
                    DiscuzTime.of(item.selectFirst("span.xg1"), clock)));
        }
        Pager pager = Pager.of(page.body());
        return new FavoriteList(pager.page(), pager.pageCount(), favorites);
    }

    /** The article id: from the link, else the checkbox's {@code vid}; 0 for an item that is not an article. */
    private static long aid(Element item, String url) {
        Element icon = item.selectFirst("img.t[alt]");
        if (icon != null && !icon.attr("alt").equals("article")) {
            return 0;
        }
        long aid = DiscuzUrls.aid(url);
        Element box = item.selectFirst("input[vid]");
        return aid > 0 || box == null ? aid : DiscuzUrls.number(box.attr("vid"));
    }
}
