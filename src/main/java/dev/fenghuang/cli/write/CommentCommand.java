package dev.fenghuang.cli.write;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.DraftChoice;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.TypedText;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.CommentLength;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "comment", mixinStandardHelpOptions = true,
        description = {"Post a comment on an article; the text comes from --message or standard input.",
                "It is kept as a draft until the site confirms it, and never sent twice."},
        subcommands = {CommentEditCommand.class, CommentDeleteCommand.class})
public final class CommentCommand implements Callable<Integer> {
    /** Longer waits than this are not waited out: the user is told instead. */
    private static final int MAX_WAIT_SECONDS = 120;

    @ParentCommand
    Cli cli;

    /** Optional to picocli, so that {@code comment edit CID} does not ask for an article; required below. */
    @Parameters(index = "0", arity = "0..1", paramLabel = "AID", converter = IdNumber.class,
            description = "The article id.")
    Long aid;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--message", paramLabel = "TEXT", description = "The comment (default: read standard input).")
    String message;

    @Option(names = "--draft", arity = "0..1", fallbackValue = "0", paramLabel = "N",
            description = "Send a draft kept for this article from an earlier attempt: the only one, or number N "
                    + "of the list printed when there are several (oldest first).")
    Integer draft;

    @Option(names = "--quote", paramLabel = "CID", converter = IdNumber.class,
            description = "Quote this comment above yours.")
    Long quote;

    @Option(names = "--wait", description = "When the site says to wait (flood control), wait and send once more.")
    boolean waitOut;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        if (aid == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'AID' (or say edit CID / delete CID)");
        }
        String typed = draft == null ? typed() : null;
        try (PortalSession session = cli.session()) {
            Participation p = session.participation();
            DraftStore.Draft kept;
            if (draft != null) {
                kept = DraftChoice.pick(p.drafts().list(aid), draft, aid, cli.texts(), spec.commandLine());
                checkLength(kept.text()); // kept long by the reader's editor: shorten it there first
            } else {
                String text = quote != null ? p.quote(quote) + typed : typed;
                checkLength(text);
                kept = p.drafts().keep(aid, text);
            }
            PostResult result;
            try {
                result = p.send(kept, null);
            } catch (IOException notSent) {
                if (dev.fenghuang.app.Problem.notSentOffline(notSent)) {
                    cli.err().println(cli.texts().get("comment.draftKept", String.valueOf(aid)));
                }
                throw notSent;
            }
            int waited = waitSeconds(result);
            if (waitOut && waited > 0 && waited <= MAX_WAIT_SECONDS) {
                cli.err().println(cli.texts().get("comment.waiting", String.valueOf(waited)));
                cli.err().flush();
                Thread.sleep(waited * 1000L + 500);
                result = p.send(kept, null);
            } else if (waited > 0 && !json.enabled()) {
                cli.err().println(cli.texts().get("comment.tryLater", String.valueOf(waited)));
            }
            if (!result.accepted()) {
                String note = afterRefusal(p.drafts(), kept, result);
                if (!json.enabled()) {
                    cli.err().println(note);
                }
            }
            return WriteOutput.report(result, "comment.done", json.enabled(), cli.texts(), cli.out(), cli.err());
        }
    }

    /**
     * The text given on the command line or standard input, refused when empty, damaged on the way in, or longer than
     * the site keeps.
     */
    private String typed() throws IOException {
        String text = TypedText.read(message, cli.launcher.stdin(), cli.texts(), spec.commandLine());
        if (text.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), cli.texts().get("comment.empty"));
        }
        checkLength(text);
        return text;
    }

    /** A usage error (exit 2), before anything is saved or sent. */
    private void checkLength(String text) {
        int width = CommentLength.width(text);
        if (width > CommentLength.MAX_WIDTH) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), cli.texts().get("comment.tooLong",
                    String.valueOf(width), String.valueOf(CommentLength.MAX_WIDTH)));
        }
    }

    /**
     * What becomes of the draft of a refused text, said in one line. A refusal a retry may pass (flood control, sign
     * in, captcha, an unknown answer) keeps it for {@code --draft}. One no retry passes (comments closed, the article
     * gone, no permission) drops a {@code --message} text, which is still on the user's command line, and keeps a
     * text read from standard input (it exists nowhere else), saying where.
     */
    private String afterRefusal(DraftStore drafts, DraftStore.Draft kept, PostResult result) throws IOException {
        if (!refusedForGood(result)) {
            return cli.texts().get("comment.draftKept", String.valueOf(aid));
        }
        if (draft == null && message != null) {
            drafts.delete(kept);
            return cli.texts().get("comment.draftNotKept");
        }
        return cli.texts().get("comment.draftKeptUnsendable", drafts.path(kept).toString());
    }

    static boolean refusedForGood(PostResult result) {
        if (!(result instanceof PostResult.Refused r)) {
            return false;
        }
        SiteMessage.Kind kind = r.message().kind();
        return kind == SiteMessage.Kind.CLOSED || kind == SiteMessage.Kind.NOT_FOUND
                || kind == SiteMessage.Kind.NO_PERMISSION;
    }

    /** Seconds the site asked to wait (flood control), 0 when it asked nothing of the kind. */
    static int waitSeconds(PostResult result) {
        if (result instanceof PostResult.Refused r && r.message().kind() == SiteMessage.Kind.TOO_FAST) {
            String v = r.message().values().getOrDefault("waittime", "");
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return 15;
            }
        }
        return 0;
    }
}
