package dev.fenghuang.cli.read;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.cli.output.TextView;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.CommentList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "comments", mixinStandardHelpOptions = true, description = "Show all comments of an article, paged.")
public final class CommentsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "AID", converter = IdNumber.class, description = "The article id.")
    long aid;

    @Mixin
    PageOption page;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        try (PortalReader reader = cli.open()) {
            CommentList comments = reader.comments(aid, page.number(), false);
            PastTheLastPage.check(page.number(), comments.pageCount(), cli.texts());
            if (json.enabled()) {
                cli.out().println(JsonView.write(cli.markOffline(JsonView.comments(comments))));
            } else {
                new TextView(cli.texts(), cli.out()).comments(comments);
            }
        }
        cli.out().flush();
        return 0;
    }
}
