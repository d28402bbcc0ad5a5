package dev.fenghuang.cli.forum;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.cli.option.TypedText;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** What the forum's writing commands share: the text typed, the draft picked, the flood wait, the draft's fate. */
final class ForumSend {
    /** Longer waits than this are not waited out: the user is told instead. */
    static final int MAX_WAIT_SECONDS = 120;

    private ForumSend() {
    }

    /** A send of a kept draft, again after a wait. */
    @FunctionalInterface
    interface Sender {
        ForumWrite send(DraftStore.Draft draft) throws IOException;
    }

    /** The text from {@code --message} or standard input; damaged or empty text is a usage error (exit 2). */
    static String typed(String message, InputStream stdin, Texts texts, CommandLine commandLine) throws IOException {
        String text = TypedText.read(message, stdin, texts, commandLine);
        if (text.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, texts.get("forum.textEmpty"));
        }
        return text;
    }

    /** Draft number N (1-based, oldest first), or the newest for 0. */
    static DraftStore.Draft pick(List<DraftStore.Draft> drafts, int number, long id, Texts texts,
                                 CommandLine commandLine) {
        if (drafts.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, texts.get("forum.noDraft", String.valueOf(id)));
        }
        if (number == 0) {
            return drafts.get(drafts.size() - 1);
        }
        if (number < 1 || number > drafts.size()) {
            throw new CommandLine.ParameterException(commandLine, texts.get("forum.noSuchDraft",
                    String.valueOf(number), String.valueOf(drafts.size())));
        }
        return drafts.get(number - 1);
    }

    /**
     * Sends, and with {@code waitOut} waits out the site's flood wait once and sends again; otherwise tells the
     * wait. A refused attempt that took the flood lock (a missing thread type) is told the same way.
     */
    static ForumWrite sendWaiting(Sender sender, DraftStore.Draft draft, boolean waitOut, boolean json, Texts texts,
                                  PrintWriter err) throws IOException, InterruptedException {
        ForumWrite written = sender.send(draft);
        int wait = ForumParticipation.waitSeconds(written.result());
        boolean tooFast = written.result() instanceof PostResult.Refused r
                && r.message().kind() == SiteMessage.Kind.TOO_FAST;
        if (waitOut && tooFast && wait > 0 && wait <= MAX_WAIT_SECONDS) {
            err.println(texts.get("forum.waiting", String.valueOf(wait)));
            err.flush();
            Thread.sleep(wait * 1000L + 500);
            return sender.send(draft);
        }
        if (!json && wait > 0) {
            err.println(texts.get(tooFast ? "forum.tryLater" : "forum.lockTaken", String.valueOf(wait)));
        }
        if (!json && written.result() instanceof PostResult.Refused r && r.message().values().containsKey("offered")
                && !r.message().values().get("offered").isEmpty()) {
            err.println(texts.get("forum.typesOffered", r.message().values().get("offered")));
        }
        return written;
    }

    /**
     * What becomes of the draft of a refused text: kept for {@code --draft} when a retry may pass; a refusal no
     * retry passes drops a {@code --message} text (still on the command line) and keeps one from standard input.
     */
    static String afterRefusal(DraftStore drafts, DraftStore.Draft kept, ForumWrite written, boolean fromMessage,
                               String retryCommand, Texts texts) throws IOException {
        if (!refusedForGood(written.result())) {
            return texts.get("forum.draftKept", retryCommand);
        }
        if (fromMessage) {
            drafts.delete(kept);
            return texts.get("comment.draftNotKept");
        }
        return texts.get("comment.draftKeptUnsendable", drafts.path(kept).toString());
    }

    static boolean refusedForGood(PostResult result) {
        if (!(result instanceof PostResult.Refused r)) {
            return false;
        }
        SiteMessage.Kind kind = r.message().kind();
        return kind == SiteMessage.Kind.CLOSED || kind == SiteMessage.Kind.NOT_FOUND
                || kind == SiteMessage.Kind.NO_PERMISSION;
    }
}
