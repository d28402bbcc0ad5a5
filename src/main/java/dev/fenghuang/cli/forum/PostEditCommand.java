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

    @Option(names = "--draft", arity = "0..1", fallbackValue = "0", paramLabel = "N",
            description = "Send a new text kept for this post from an earlier attempt: the newest, or number N "
                    + "(oldest first).")
    Integer draft;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        var cli = parent.cli;
        String text = draft == null ? typedText(cli) : null;
        try (PortalSession session = cli.session()) {
            var forum = session.participation().forum();
            long thread = tid == null ? 0 : tid;
            ForumWrite written;
            try {
                written = draft != null
                        ? forum.sendEdit(thread, ForumSend.pick(forum.editDrafts().list(pid), draft, pid, cli.texts(),
                                spec.commandLine()), subject)
                        : forum.edit(thread, pid, text.isEmpty() ? null : text, subject);
            } catch (java.io.IOException notSent) {
                if (dev.fenghuang.app.Problem.notSentOffline(notSent) && (draft != null || !text.isEmpty())) {
                    cli.err().println(cli.texts().get("forum.draftKept", "fenghuang post edit " + pid
                            + (tid == null ? "" : " --thread " + tid) + " --draft"));
                }
                throw notSent;
            }
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
