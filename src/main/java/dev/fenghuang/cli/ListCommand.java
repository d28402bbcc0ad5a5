package dev.fenghuang.cli;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.ArticleList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the articles of a category.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "CATID", converter = IdNumber.Int.class, description = "The category id.")
    int catid;

    @Mixin
    PageOption page;

    @Option(names = "--json", description = "Print JSON: {category, page, pageCount, articles, ...}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (PortalReader reader = cli.open()) {
            ArticleList list = reader.list(catid, page.number(), false);
            PastTheLastPage.check(page.number(), list.pageCount(), cli.texts());
            if (json) {
                cli.out().println(JsonView.write(JsonView.list(list)));
            } else {
                new TextView(cli.texts(), cli.out()).list(list);
            }
        }
        cli.out().flush();
        return 0;
    }
}
