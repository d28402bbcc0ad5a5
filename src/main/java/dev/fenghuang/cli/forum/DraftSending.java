package dev.fenghuang.cli.forum;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.forum.MaybeHeld;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.IOException;

/**
 * Sends a kept draft and tells the outcome as {@code post} and {@code reply} do: the captcha answered as far as the
 * options allow, the flood wait waited out with {@code --wait}, a text that may be held for moderation told with the
 * command that sends it again, a refused text's draft kept or dropped, and the exit code of the portal's commands.
 */
final class DraftSending {
    private final Cli cli;
    private final PostCaptchaOptions captcha;
    private final boolean waitOut;
    private final boolean json;

    DraftSending(Cli cli, PostCaptchaOptions captcha, boolean waitOut, boolean json) {
        this.cli = cli;
        this.captcha = captcha;
        this.waitOut = waitOut;
        this.json = json;
    }

    /**
     * @param send one send of the draft (again with {@code resend})
     * @param fromMessage whether the text came from {@code --message} in this run
     * @param retry the command that sends the draft again, e.g. {@code fenghuang reply 7 --draft}
     * @param doneKey the text key told when the site took it
     * @return the exit code
     */
    int send(PostCaptchaOptions.Send send, DraftStore drafts, DraftStore.Draft kept, boolean fromMessage,
             String retry, String doneKey) throws IOException, InterruptedException {
        ForumWrite written;
        try {
            written = ForumSend.sendWaiting(d -> captcha.send(send, d, drafts, cli.texts()), kept, waitOut, json,
                    cli.texts(), cli.err());
        } catch (MaybeHeld held) {
            PostCaptchaOptions.tell(cli.err(), PostCaptchaOptions.maybeHeld(cli.texts(), retry + " --resend"));
            return 1;
        } catch (IOException notSent) {
            if (dev.fenghuang.app.Problem.notSentOffline(notSent)) {
                cli.err().println(cli.texts().get("forum.draftKept", retry));
            }
            throw notSent;
        }
        if (written.result() instanceof PostResult.NeedsCaptcha) {
            PostCaptchaOptions.tell(cli.err(), captcha.unanswered(cli.texts(), retry + " --captcha TEXT"));
        }
        if (!written.accepted() && !json) {
            cli.err().println(ForumSend.afterRefusal(drafts, kept, written, fromMessage, retry, cli.texts()));
        }
        return ForumOutput.report(written, doneKey, json, cli.texts(), cli.out(), cli.err());
    }
}
