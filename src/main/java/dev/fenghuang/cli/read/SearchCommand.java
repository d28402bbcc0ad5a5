package dev.fenghuang.cli.read;

import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.cli.output.SearchView;
import dev.fenghuang.model.search.ArticleSearch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the site's articles by title, with the site's own search (search.php?mod=portal). "
                + "The site allows one new search per 10 seconds; a refused search waits, and says so on stderr.")
public final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for in the titles.")
    String text;

    @Mixin
    PageOption page;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        if (text == null || text.isBlank()) {
            throw new ParameterException(spec.commandLine(), cli.texts().get("search.blank"));
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
}
