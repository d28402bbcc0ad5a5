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
import dev.fenghuang.model.Article;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Show an article: metadata, summary, body, reactions and the comments on its page; "
                + "marks it read.")
public final class ReadCommand implements Callable<Integer> {
    @ParentCommand
    public Cli cli;

    @Parameters(index = "0", paramLabel = "AID", converter = IdNumber.class, description = "The article id.")
    public long aid;

    @Mixin
    public PageOption page;

    @Mixin
    public JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        try (PortalReader reader = cli.open()) {
            Article article = reader.article(aid, page.number(), false);
            PastTheLastPage.check(page.number(), article.pageCount(), cli.texts());
            ReadState before = reader.marks().state(aid, OptionalLong.of(article.commentCount()));
            reader.marks().opened(aid, article.commentCount());
            if (json.enabled()) {
                cli.out().println(JsonView.write(cli.markOffline(JsonView.article(article, before))));
            } else {
                new TextView(cli.texts(), cli.out()).article(article);
            }
        }
        cli.out().flush();
        return 0;
    }
}
