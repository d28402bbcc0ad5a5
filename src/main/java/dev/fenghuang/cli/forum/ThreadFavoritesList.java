package dev.fenghuang.cli.forum;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.model.forum.ThreadFavorite;
import dev.fenghuang.model.forum.ThreadFavorites;

/** {@code favorite list --threads}: the forum threads among the member's favourites, one page. */
public final class ThreadFavoritesList {
    private ThreadFavoritesList() {
    }

    public static int print(Cli cli, int page, boolean json) throws Exception {
        try (PortalSession session = cli.session()) {
            ThreadFavorites list = session.participation().forum().favorites(page);
            PastTheLastPage.check(page, list.pageCount(), cli.texts());
            if (json) {
                cli.out().println(JsonView.write(json(list)));
            } else if (list.favorites().isEmpty()) {
                cli.out().println(cli.texts().get("favorite.none"));
            } else {
                for (ThreadFavorite f : list.favorites()) {
                    cli.out().printf("%8d  %s%n", f.tid(), f.subject());
                }
            }
            cli.out().flush();
            return 0;
        }
    }

    private static JsonObject json(ThreadFavorites list) {
        JsonObject o = new JsonObject();
        o.addProperty("page", list.page());
        o.addProperty("pageCount", list.pageCount());
        JsonArray items = new JsonArray();
        for (ThreadFavorite f : list.favorites()) {
            JsonObject i = new JsonObject();
            i.addProperty("favid", f.favid());
            i.addProperty("tid", f.tid());
            i.addProperty("subject", f.subject());
            i.add("time", JsonView.time(f.time()));
            items.add(i);
        }
        o.add("favorites", items);
        return o;
    }
}
