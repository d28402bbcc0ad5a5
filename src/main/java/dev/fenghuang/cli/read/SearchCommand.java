package dev.fenghuang.cli.read;

import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.LocalSearchView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.cli.output.SearchView;
import dev.fenghuang.model.search.ArticleSearch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the site's articles by title, with the site's own search (search.php?mod=portal). "
                + "The site allows one new search per 10 seconds; a refused search waits, and says so on stderr.",
                "With --local, search the articles read into the store (title, summary, body, author) without "
                + "asking the site: Chinese is found inside longer words, best matches first."})
public final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for in the titles. One starting with a dash is taken as text too "
                    + "(or put it after --).")
    String text;

    @Option(names = "--local", description = "Search the articles kept in the local store instead of the site.")
    boolean local;

    @Mixin
    PageOption page;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        if (text == null || text.isBlank()) {
            throw new ParameterException(spec.commandLine(), cli.texts().get("search.blank"));
        }
        if (local) {
            return searchTheStore();
        }
        try (PortalSession session = cli.session()) {
            PortalSearch search = session.search().orElseThrow(() -> new IllegalStateException("no site search"));
            boolean[] told = {false};
            ArticleSearch result = search.search(text, page.number(), seconds -> {
                if (!told[0] && seconds > 0) {
                    told[0] = true;
                    cli.err().println(cli.texts().get("search.waiting", String.valueOf(seconds)));
                    cli.err().flush();
                }
            });
            PastTheLastPage.check(page.number(), result.pageCount(), cli.texts());
            if (json.enabled()) {
                cli.out().println(JsonView.write(SearchView.json(result)));
            } else {
                SearchView.text(result, cli.texts(), cli.out());
            }
        }
        cli.out().flush();
        return 0;
    }

    private int searchTheStore() throws Exception {
        try (PortalSession session = cli.session()) {
            LocalSearch search = session.localSearch().orElseThrow(() -> new ParameterException(
                    spec.commandLine(), cli.texts().get("search.local.noStore")));
            ArticleSearch result = search.search(text, page.number());
            PastTheLastPage.check(page.number(), result.pageCount(), cli.texts());
            if (json.enabled()) {
                cli.out().println(JsonView.write(LocalSearchView.json(result)));
            } else {
                LocalSearchView.text(result, cli.texts(), cli.out());
            }
        }
        cli.out().flush();
        return 0;
    }
}
