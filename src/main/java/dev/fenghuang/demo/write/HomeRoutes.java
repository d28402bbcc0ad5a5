package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Stores;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.FavoriteListRenderer;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.store.Favorites;

/** {@code home.php}: reactions and favourites under {@code mod=spacecp}, the favourites list under {@code mod=space}. */
public final class HomeRoutes {
    private final ReactionRoutes reactions;
    private final FavoriteRoutes favoriteWrites;
    private final FavoriteListRenderer favoriteList;
    private final Favorites favorites;
    private final MessageAnswer answers;

    public HomeRoutes(Stores stores, MessageAnswer answers, PageChrome chrome) {
        this.reactions = new ReactionRoutes(stores.content(), answers);
        this.favoriteWrites = new FavoriteRoutes(stores.content(), stores.favorites(), answers);
        this.favoriteList = new FavoriteListRenderer(chrome);
        this.favorites = stores.favorites();
        this.answers = answers;
    }

    public PageResponse route(Visit visit) {
        PageRequest request = visit.request();
        if (request.param("mod").equals("spacecp")) {
            return switch (request.param("ac")) {
                case "click" -> reactions.route(visit);
                case "favorite" -> favoriteWrites.route(visit);
                default -> answers.answer(visit, Message.of(MessageTexts.UNDEFINED_ACTION));
            };
        }
        if (request.param("mod").equals("space") && request.param("do").equals("favorite")) {
            if (visit.member().guest()) {
                return answers.answer(visit, Message.of(MessageTexts.LOGIN_BEFORE_HOME).needsLogin());
            }
            if (visit.site().favoritesOff()) {
                return answers.answer(visit, Message.of(MessageTexts.FAVORITE_OFF));
            }
            return PageResponse.html(200, favoriteList.render(visit, favorites.of(visit.member()),
                    request.intParam("page")));
        }
        return answers.answer(visit, Message.of(MessageTexts.UNDEFINED_ACTION));
    }
}
