package dev.fenghuang.demo.write;

import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.store.Favorites;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalContent;
import java.util.Optional;

/**
 * {@code home.php?mod=spacecp&ac=favorite} (3.8): the add dialog and submit for articles, and deleting one
 * favourite through its confirm dialog. Guests are sent to log in first; with favourites off every request
 * of a member answers {@code favorite_status_off}.
 */
final class FavoriteRoutes {
    private final PortalContent content;
    private final Favorites favorites;
    private final MessageAnswer answers;

    FavoriteRoutes(PortalContent content, Favorites favorites, MessageAnswer answers) {
        this.content = content;
        this.favorites = favorites;
        this.answers = answers;
    }

    PageResponse route(Visit visit) {
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(MessageTexts.TO_LOGIN).needsLogin());
        }
        if (visit.site().favoritesOff()) {
            return answers.answer(visit, Message.of(MessageTexts.FAVORITE_OFF));
        }
        return visit.request().param("op").equals("delete") ? delete(visit) : add(visit);
    }

    private PageResponse add(Visit visit) {
        PageRequest request = visit.request();
        Optional<PortalArticle> found = request.param("type").equals("article")
                ? content.article(request.intParam("id")) : Optional.empty();
        if (found.isEmpty()) {
            return answers.answer(visit, Message.of(MessageTexts.FAVORITE_CANNOT));
        }
        PortalArticle article = found.get();
        if (favorites.find(visit.member(), article.aid()).isPresent()) {
            return answers.answer(visit, Message.of(MessageTexts.FAVORITE_REPEAT));
        }
        if (request.param("favoritesubmit").isEmpty()) {
            return AjaxEnvelope.of(visit, 200, FavoriteForms.add(visit, article, favorites.count(article.aid())));
        }
        if (!SubmitCheck.passes(visit, "favoritesubmit")) {
            return answers.answer(visit, Message.of(MessageTexts.SUBMIT_INVALID));
        }
        Favorites.Favorite added = favorites.add(visit.member(), article, request.param("description").strip(),
                visit.site().now());
        String key = request.handlekey();
        return answers.answer(visit, Message.of(MessageTexts.FAVORITE_SUCCESS).forward(forward(visit, article))
                .value("id", article.aid()).value("favid", added.favid()).succeeded().wrote()
                .extra("hideWindow('" + key + "');showDialog('" + MessageTexts.FAVORITE_SUCCESS + "', 'right', null, null, 0, "
                        + "null, null, null, null, 2, null);"));
    }

    private PageResponse delete(Visit visit) {
        PageRequest request = visit.request();
        Optional<Favorites.Favorite> found = favorites.byId(request.intParam("favid"))
                .filter(f -> f.uid() == visit.member().uid());
        if (found.isEmpty()) {
            return answers.answer(visit, Message.of(MessageTexts.FAVORITE_MISSING));
        }
        if (request.param("deletesubmit").isEmpty()) {
            return AjaxEnvelope.of(visit, 200, FavoriteForms.delete(visit, found.get()));
        }
        if (!SubmitCheck.passes(visit, "deletesubmit")) {
            return answers.answer(visit, Message.of(MessageTexts.SUBMIT_INVALID));
        }
        favorites.remove(found.get());
        String type = request.param("type").matches("\\w+") ? request.param("type") : "all";
        String list = "home.php?mod=space&uid=" + visit.member().uid() + "&do=favorite&view=me&type=" + type
                + "&quickforward=1";
        String key = request.handlekey();
        return answers.answer(visit, Message.of(MessageTexts.DO_SUCCESS).forward(list).value("favid", found.get().favid())
                .value("id", found.get().aid()).quickForward().wrote()
                .extra("hideWindow('" + key + "');showDialog('" + MessageTexts.DO_SUCCESS + "', 'right', null, function () { "
                        + "window.location.href ='" + list + "'; }, 0, null, null, null, null, 2, 3);"));
    }

    /**
     * The posted {@code referer} made absolute when it names a page of this site, else a same-host Referer
     * header, else the article.
     */
    private static String forward(Visit visit, PortalArticle article) {
        PageRequest request = visit.request();
        String site = visit.siteUrl();
        String referer = request.param("referer");
        if (referer.startsWith("http://") || referer.startsWith("https://")) {
            referer = SubmitCheck.sameHost(referer, request.host(), false) ? referer : "";
        } else if (!referer.isEmpty()) {
            referer = site + (referer.startsWith("/") ? referer.substring(1) : referer);
        }
        if (!referer.isEmpty() && !referer.equals(site + "./")) {
            return referer;
        }
        if (!request.referer().isEmpty() && SubmitCheck.sameHost(request.referer(), request.host(), false)) {
            return request.referer();
        }
        return site + "portal.php?mod=view&aid=" + article.aid();
    }
}
