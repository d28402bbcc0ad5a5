package dev.fenghuang.demo;

/** {@code home.php}: reactions and favourites under {@code mod=spacecp}, the favourites list under {@code mod=space}. */
final class HomeRoutes {
    private final ReactionRoutes reactions;
    private final FavoriteRoutes favoriteWrites;
    private final FavoriteListRenderer favoriteList;
    private final Favorites favorites;
    private final MessageAnswer answers;
    private final dev.fenghuang.demo.forum.ThreadFavoriteRoutes threadFavorites;

    HomeRoutes(Stores stores, MessageAnswer answers, PageChrome chrome) {
        this.reactions = new ReactionRoutes(stores.content(), answers);
        this.favoriteWrites = new FavoriteRoutes(stores.content(), stores.favorites(), answers);
        this.favoriteList = new FavoriteListRenderer(chrome);
        this.favorites = stores.favorites();
        this.answers = answers;
        this.threadFavorites = new dev.fenghuang.demo.forum.ThreadFavoriteRoutes(stores.forum(), answers, chrome);
    }

    PageResponse route(Visit visit) {
        PageRequest request = visit.request();
        if (dev.fenghuang.demo.forum.ThreadFavoriteRoutes.handles(visit)) {
            return threadFavorites.route(visit);
        }
        if (request.param("mod").equals("spacecp")) {
            return switch (request.param("ac")) {
                case "click" -> reactions.route(visit);
                case "favorite" -> favoriteWrites.route(visit);
                default -> answers.answer(visit, Message.of(Texts.UNDEFINED_ACTION));
            };
        }
        if (request.param("mod").equals("space") && request.param("do").equals("favorite")) {
            if (visit.member().guest()) {
                return answers.answer(visit, Message.of(Texts.LOGIN_BEFORE_HOME).needsLogin());
            }
            if (visit.site().favoritesOff()) {
                return answers.answer(visit, Message.of(Texts.FAVORITE_OFF));
            }
            return PageResponse.html(200, favoriteList.render(visit, favorites.of(visit.member()),
                    request.intParam("page")));
        }
        return answers.answer(visit, Message.of(Texts.UNDEFINED_ACTION));
    }
}
