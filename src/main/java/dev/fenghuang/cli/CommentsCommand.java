package dev.fenghuang.cli;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.CommentList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "comments", mixinStandardHelpOptions = true, description = "Show all comments of an article, paged.")
final class CommentsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "AID", description = "The article id.")
    long aid;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default 1).")
    int page;

    @Option(names = "--json", description = "Print JSON: {aid, articleTitle, total, page, pageCount, comments}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PageNumber.check(page);
        try (PortalReader reader = cli.open()) {
            CommentList comments = reader.comments(aid, page, false);
            if (json) {
                cli.out().println(JsonView.write(JsonView.comments(comments)));
            } else {
                new TextView(cli.texts(), cli.out()).comments(comments);
            }
        }
        cli.out().flush();
        return 0;
    }
}
