package dev.fenghuang.cli.write;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.PortalSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a comment (your own, or any where your account may).")
final class CommentDeleteCommand implements Callable<Integer> {
    @ParentCommand
    CommentCommand comment;

    @Parameters(index = "0", paramLabel = "CID", converter = IdNumber.class, description = "The comment id.")
    long cid;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        Cli cli = comment.cli;
        try (PortalSession session = cli.session()) {
            return WriteOutput.report(session.participation().deleteComment(0, cid), "comment.deleted",
                    json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }
}
