package dev.fenghuang.cli.forum;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.model.forum.ForumIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "forum", mixinStandardHelpOptions = true,
        description = "Show the forum index: categories, boards with posts today, threads and posts, sub-boards, "
                + "moderators and the last post.")
public final class ForumCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        try (PortalSession session = cli.session()) {
            ForumIndex index = session.forum().index();
            if (json.enabled()) {
                cli.out().println(JsonView.write(cli.markOffline(ForumJson.index(index))));
            } else {
                new ForumTextView(cli.texts(), cli.out()).index(index);
            }
        }
        cli.out().flush();
        return 0;
    }
}
