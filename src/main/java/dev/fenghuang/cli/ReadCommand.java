package dev.fenghuang.cli;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.Article;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Show an article: metadata, summary, body, reactions and the comments on its page.")
final class ReadCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "AID", description = "The article id.")
    long aid;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page of a multi-page article.")
    int page;

    @Option(names = "--json", description = "Print JSON with the article's fields.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PageNumber.check(page);
        try (PortalReader reader = cli.open()) {
            Article article = reader.article(aid, page, false);
            if (json) {
                cli.out().println(JsonView.write(JsonView.article(article)));
            } else {
                new TextView(cli.texts(), cli.out()).article(article);
            }
        }
        cli.out().flush();
        return 0;
    }
}
