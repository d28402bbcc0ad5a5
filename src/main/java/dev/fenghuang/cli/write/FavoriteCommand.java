package dev.fenghuang.cli.write;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.cli.output.WriteOutput;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.Favorite;
import dev.fenghuang.model.FavoriteList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "favorite", mixinStandardHelpOptions = true, description = "Your favourites (收藏): add, list, remove.",
        subcommands = {FavoriteCommand.Add.class, FavoriteCommand.ListFavorites.class, FavoriteCommand.Remove.class})
public final class FavoriteCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(cli.spec.commandLine().getSubcommands().get("favorite"),
                "say add AID, list or remove AID");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an article (or, with --thread, a forum thread) to your favourites.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FavoriteCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "AID", converter = IdNumber.class,
                description = "The article id.")
        Long aid;

        @Option(names = "--thread", paramLabel = "TID", converter = IdNumber.class,
                description = "A forum thread instead of an article.")
        Long thread;

        @Mixin
        JsonOption json = new JsonOption();

        @Override
        public Integer call() throws Exception {
            Cli cli = parent.cli;
            if ((aid == null) == (thread == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say AID or --thread TID");
            }
            try (PortalSession session = cli.session()) {
                var result = thread != null ? session.participation().forum().favorite(thread)
                        : session.participation().favorite(aid);
                return WriteOutput.report(result, "favorite.added", json.enabled(), cli.texts(), cli.out(), cli.err());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an article from your favourites.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        FavoriteCommand parent;

        @Parameters(index = "0", paramLabel = "AID", converter = IdNumber.class, description = "The article id.")
        long aid;

        @Mixin
        JsonOption json = new JsonOption();

        @Override
        public Integer call() throws Exception {
            Cli cli = parent.cli;
            try (PortalSession session = cli.session()) {
                return WriteOutput.report(session.participation().unfavoriteArticle(aid), "favorite.removed",
                        json.enabled(), cli.texts(), cli.out(), cli.err());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List your favourites, paged.")
    static final class ListFavorites implements Callable<Integer> {
        @ParentCommand
        FavoriteCommand parent;

        @Mixin
        PageOption page;

        @Mixin
        JsonOption json = new JsonOption();

        @Option(names = "--threads", description = "List the forum threads among your favourites.")
        boolean threads;

        @Override
        public Integer call() throws Exception {
            Cli cli = parent.cli;
            if (threads) {
                return dev.fenghuang.cli.forum.ThreadFavoritesList.print(cli, page.number(), json.enabled());
            }
            try (PortalSession session = cli.session()) {
                FavoriteList list = session.participation().favorites(page.number());
                PastTheLastPage.check(page.number(), list.pageCount(), cli.texts());
                if (json.enabled()) {
                    cli.out().println(JsonView.write(json(list)));
                } else if (list.favorites().isEmpty()) {
                    cli.out().println(cli.texts().get("favorite.none"));
                } else {
                    for (Favorite f : list.favorites()) {
                        cli.out().printf("%8d  %s%n", f.aid(), f.title());
                    }
                }
                cli.out().flush();
                return 0;
            }
        }

        private static JsonObject json(FavoriteList list) {
            JsonObject o = new JsonObject();
            o.addProperty("page", list.page());
            o.addProperty("pageCount", list.pageCount());
            JsonArray items = new JsonArray();
            for (Favorite f : list.favorites()) {
                JsonObject i = new JsonObject();
                i.addProperty("favid", f.favid());
                i.addProperty("aid", f.aid());
                i.addProperty("title", f.title());
                i.addProperty("url", f.url());
                i.add("time", JsonView.time(f.time()));
                items.add(i);
            }
            o.add("favorites", items);
            return o;
        }
    }
}
