package dev.fenghuang.cli.forum;

import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.TypedText;
import dev.fenghuang.model.forum.ForumWrite;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Replace the text of your own forum post; the new text comes from --message or standard input. "
                + "With --subject and no text, only the subject changes.")
public final class PostEditCommand implements Callable<Integer> {
    @ParentCommand
    PostCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PID", converter = IdNumber.class, description = "The post id.")
    long pid;

    @Option(names = "--thread", paramLabel = "TID", converter = IdNumber.class,
            description = "The post's thread (sites other than the demo need it).")
    Long tid;

    @Option(names = "--subject", paramLabel = "S", description = "A new subject (default: keep it).")
    String subject;

    @Option(names = "--message", paramLabel = "TEXT", description = "The new text (default: read standard input).")
    String message;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        var cli = parent.cli;
        String text = typedText(cli);
        try (PortalSession session = cli.session()) {
            var forum = session.participation().forum();
            ForumWrite written = forum.edit(tid == null ? 0 : tid, pid, text.isEmpty() ? null : text, subject);
            if (!written.accepted() && !json.enabled()) {
                var kept = forum.editDrafts().newest(pid);
                if (kept.isPresent()) {
                    cli.err().println(cli.texts().get("forum.editDraftKept", forum.editDrafts().path(kept.get())
                            .toString()));
                }
            }
            return ForumOutput.report(written, "forum.edited", json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }

    /**
     * The new text; "" with {@code --subject} alone (no text given, or none waiting on a terminal's standard input),
     * which keeps the text the edit form holds.
     */
    private String typedText(dev.fenghuang.cli.Cli cli) throws java.io.IOException {
        if (subject == null) {
            return ForumSend.typed(message, cli.launcher.stdin(), cli.texts(), spec.commandLine());
        }
        if (message == null && cli.launcher.terminal().interactive()) {
            return "";
        }
        return TypedText.read(message, cli.launcher.stdin(), cli.texts(), spec.commandLine());
    }
}
