package dev.fenghuang.cli.forum;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.model.forum.ForumWrite;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete your own reply in a forum thread (the site's edit form, sent with delete=1).",
                "Another member's post is refused by the site (exit 3) and nothing is done.",
                "The first post is the thread: refused before sending (exit 3); a moderator's thread tools delete it."})
public final class PostDeleteCommand implements Callable<Integer> {
    @ParentCommand
    PostCommand parent;

    @Parameters(index = "0", paramLabel = "PID", converter = IdNumber.class, description = "The post id.")
    long pid;

    @Option(names = "--thread", paramLabel = "TID", converter = IdNumber.class,
            description = "The post's thread (sites other than the demo need it).")
    Long tid;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        var cli = parent.cli;
        try (PortalSession session = cli.session()) {
            ForumWrite written = session.participation().forum().delete(tid == null ? 0 : tid, pid);
            return ForumOutput.reportDeleted(written, json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }
}
