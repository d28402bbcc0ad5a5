package dev.fenghuang.cli.write;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.TypedText;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.PortalSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change a comment (your own, or any where your account may).")
final class CommentEditCommand implements Callable<Integer> {
    @ParentCommand
    CommentCommand comment;

    @Parameters(index = "0", paramLabel = "CID", converter = IdNumber.class, description = "The comment id.")
    long cid;

    @Option(names = "--message", paramLabel = "TEXT", description = "The new text (default: read standard input).")
    String message;

    @Mixin
    JsonOption json = new JsonOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Cli cli = comment.cli;
        String text = TypedText.read(message, cli.launcher.stdin(), cli.texts(), spec.commandLine());
        if (text.isEmpty()) {
            throw new IllegalArgumentException(cli.texts().get("comment.empty"));
        }
        try (PortalSession session = cli.session()) {
            return WriteOutput.report(session.participation().editComment(0, cid, text), "comment.edited",
                    json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }
}
