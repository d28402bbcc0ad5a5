package dev.fenghuang.cli.forum;

import dev.fenghuang.app.forum.SubjectTooLong;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.ThreadDraft;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "post", mixinStandardHelpOptions = true,
        description = {"Start a thread in a forum board; the text comes from --message or standard input.",
                "It is kept as a draft until the site confirms it, and never sent twice."},
        subcommands = {PostEditCommand.class, PostDeleteCommand.class})
public final class PostCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    /** Optional to picocli, so that {@code post edit PID} does not ask for a board; required below. */
    @Parameters(index = "0", arity = "0..1", paramLabel = "FID", converter = IdNumber.class,
            description = "The board id.")
    Long fid;

    @Option(names = "--subject", paramLabel = "S", description = "The thread's subject (at most 80 units: a Chinese "
            + "character counts 2).")
    String subject;

    @Option(names = "--type", paramLabel = "T", description = "The thread type (主题分类) by id or name; boards such "
            + "as 便民服务 require one.")
    String type;

    @Option(names = "--message", paramLabel = "TEXT", description = "The first post (default: read standard input).")
    String message;

    @Option(names = "--draft", arity = "0..1", fallbackValue = "0", paramLabel = "N",
            description = "Send a thread kept for this board from an earlier attempt: the newest, or number N "
                    + "(oldest first); --type replaces its type.")
    Integer draft;

    @Option(names = "--wait", description = "When the site says to wait (flood control), wait and send once more.")
    boolean waitOut;

    @Mixin
    JsonOption json = new JsonOption();

    @Mixin
    PostCaptchaOptions captcha = new PostCaptchaOptions();

    @Override
    public Integer call() throws Exception {
        if (fid == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FID' (or say edit PID)");
        }
        ThreadDraft thread = null;
        if (draft == null) {
            if (subject == null || subject.isBlank()) {
                throw new ParameterException(spec.commandLine(), cli.texts().get("forum.noSubject"));
            }
            thread = new ThreadDraft(subject, type, ForumSend.typed(message, cli.launcher.stdin(), cli.texts(),
                    spec.commandLine()));
            checkSubject(thread.subject());
        }
        try (PortalSession session = cli.session()) {
            ForumParticipation forum = session.participation().forum();
            DraftStore drafts = forum.threadDrafts();
            DraftStore.Draft kept;
            if (draft != null) {
                kept = ForumSend.pick(drafts.list(fid), draft, fid, cli.texts(), spec.commandLine());
                ThreadDraft was = ThreadDraft.decode(kept.text());
                checkSubject(was.subject());
                if (type != null) {
                    kept = drafts.replace(kept, new ThreadDraft(was.subject(), type, was.body()).encode());
                }
            } else {
                kept = drafts.keep(fid, thread.encode());
            }
            return new DraftSending(cli, captcha, waitOut, json.enabled()).send((k, answer, resend) -> resend
                    ? forum.resendThread(k, answer) : forum.sendThread(k, answer), drafts, kept,
                    draft == null && message != null, "fenghuang post " + fid + " --draft", "forum.posted");
        }
    }

    /** A usage error (exit 2) before anything is saved or sent. */
    private void checkSubject(String s) {
        try {
            ForumParticipation.checkSubject(s);
        } catch (SubjectTooLong e) {
            throw new ParameterException(spec.commandLine(), cli.texts().get("forum.subjectTooLong",
                    String.valueOf(e.units()), "80"));
        }
    }
}
