package dev.fenghuang.cli.forum;

import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.ReplyDraft;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reply", mixinStandardHelpOptions = true,
        description = {"Reply to a forum thread; the text comes from --message or standard input.",
                "It is kept as a draft until the site confirms it, and never sent twice."})
public final class ReplyCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TID", converter = IdNumber.class, description = "The thread id.")
    long tid;

    @Option(names = "--quote", paramLabel = "PID", converter = IdNumber.class,
            description = "Quote this post (its floor's pid) above your reply.")
    Long quote;

    @Option(names = "--message", paramLabel = "TEXT", description = "The reply (default: read standard input).")
    String message;

    @Option(names = "--draft", arity = "0..1", fallbackValue = "0", paramLabel = "N",
            description = "Send a reply kept for this thread from an earlier attempt: the newest, or number N "
                    + "(oldest first).")
    Integer draft;

    @Option(names = "--wait", description = "When the site says to wait (flood control), wait and send once more.")
    boolean waitOut;

    @Mixin
    JsonOption json = new JsonOption();

    @Mixin
    PostCaptchaOptions captcha = new PostCaptchaOptions();

    @Override
    public Integer call() throws Exception {
        String text = draft == null ? ForumSend.typed(message, cli.launcher.stdin(), cli.texts(), spec.commandLine())
                : null;
        try (PortalSession session = cli.session()) {
            ForumParticipation forum = session.participation().forum();
            DraftStore drafts = forum.replyDrafts();
            DraftStore.Draft kept = draft != null
                    ? ForumSend.pick(drafts.list(tid), draft, tid, cli.texts(), spec.commandLine())
                    : drafts.keep(tid, new ReplyDraft(quote == null ? 0 : quote, text).encode());
            return new DraftSending(cli, captcha, waitOut, json.enabled()).send((k, answer, resend) -> resend
                    ? forum.resendReply(k, answer) : forum.sendReply(k, answer), drafts, kept,
                    draft == null && message != null, "fenghuang reply " + tid + " --draft", "forum.replied");
        }
    }
}
