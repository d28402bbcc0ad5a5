package dev.fenghuang.cli.read;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.cli.output.TextView;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.store.ReadState;
import dev.fenghuang.model.ArticleList;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the articles of a category; * marks those you have not read.")
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "CATID", converter = IdNumber.Int.class, description = "The category id.")
    int catid;

    @Mixin
    PageOption page;

    @Mixin
    JsonOption json = new JsonOption();

    @Option(names = "--unread", description = "Only the articles not read yet or with comments new since.")
    boolean unread;

    @Override
    public Integer call() throws Exception {
        try (PortalReader reader = cli.open()) {
            ArticleList list = reader.list(catid, page.number(), false);
            PastTheLastPage.check(page.number(), list.pageCount(), cli.texts());
            Map<Long, ReadState> states = reader.readStates(list, false);
            if (unread) {
                list = UnreadOnly.of(list, states);
            }
            if (json.enabled()) {
                cli.out().println(JsonView.write(cli.markOffline(JsonView.list(list, states))));
            } else {
                new TextView(cli.texts(), cli.out()).list(list, states);
            }
        }
        cli.out().flush();
        return 0;
    }
}
