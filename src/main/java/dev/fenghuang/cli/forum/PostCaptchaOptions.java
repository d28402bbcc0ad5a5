package dev.fenghuang.cli.forum;

import dev.fenghuang.app.image.HalfBlockImage;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.forum.MaybeHeld;
import dev.fenghuang.cli.option.Prompter;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The captcha of a forum post form (1.10), as {@code login} asks for its own: {@code --captcha} answers the image the
 * form shows now (one saved by {@code --captcha-file} in an earlier run of the same session); at a terminal the image
 * is drawn and the code asked for, up to three times; without one the image is saved where {@code --captcha-file}
 * says and the command ends with exit 5, the draft kept. Also {@code --resend}, for a text that may be waiting for
 * moderation ({@link MaybeHeld}).
 */
public final class PostCaptchaOptions {
    private static final int TRIES = 3;

    @Option(names = "--captcha", paramLabel = "TEXT", description = "The captcha's characters, read from the image "
            + "an earlier run saved with --captcha-file (the site asks for it when its captcha is on).")
    String code;

    @Option(names = "--captcha-file", paramLabel = "PATH", description = "Save the captcha image there when the site "
            + "asks for one.")
    Path file;

    @Option(names = "--resend", description = "With --draft: send it although an earlier attempt may have reached the "
            + "site; a post held for moderation is invisible even to you, so this may leave a second held copy.")
    boolean resend;

    /** Whether --captcha answered an image an earlier run saved (and the site then asked again). */
    private boolean answeredSaved;

    /** One send of a draft with a captcha answer (null for none). */
    @FunctionalInterface
    interface Send {
        ForumWrite send(DraftStore.Draft draft, CaptchaAnswer answer, boolean resend) throws IOException;
    }

    /**
     * Sends, answering the captcha the site asks for as far as the options and the terminal allow. {@code --captcha}
     * answers under the hash of the image an earlier run saved for this draft (noted in {@code drafts}): a form read
     * again, such as a quote popup, names a new hash, while the site keeps the code under the old one.
     */
    ForumWrite send(Send send, DraftStore.Draft draft, DraftStore drafts, Texts texts) throws IOException {
        Optional<String> noted = code == null ? Optional.empty() : drafts.takeCaptchaNote(draft);
        CaptchaAnswer first = code == null ? null
                : noted.map(hash -> new CaptchaAnswer(hash, code)).orElseGet(() -> CaptchaAnswer.ofFormHash(code));
        ForumWrite written = send.send(draft, first, resend);
        answeredSaved = noted.isPresent();
        Prompter prompter = new Prompter();
        for (int tries = 0; tries < TRIES && written.result() instanceof PostResult.NeedsCaptcha wanted; tries++) {
            save(wanted.captcha());
            if (!prompter.interactive()) {
                if (file != null) {
                    drafts.noteCaptcha(draft, wanted.captcha().hash());
                }
                break;
            }
            prompter.show(texts.get("login.captchaShown"));
            HalfBlockImage.render(wanted.captcha().image(), 100).forEach(prompter::show);
            String typed = prompter.ask(texts.get("login.captcha") + ": ");
            if (typed == null || typed.isBlank()) {
                break;
            }
            written = send.send(draft, new CaptchaAnswer(wanted.captcha().hash(), typed), resend);
        }
        return written;
    }

    private void save(Captcha captcha) throws IOException {
        if (file != null) {
            Files.write(file, captcha.image());
        }
    }

    /** The line for a captcha left unanswered: where the image is, and how to answer it. */
    String unanswered(Texts texts, String retry) {
        String line = texts.get(file != null ? "forum.captchaSaved" : "forum.captchaNoTerminal",
                file == null ? "" : file.toString(), retry);
        return answeredSaved ? texts.get("login.captchaExpired") + "; " + line : line;
    }

    /** The line for a text that may be waiting for moderation (exit 1), with the command that sends it anyway. */
    static String maybeHeld(Texts texts, String resend) {
        return texts.get("forum.maybeHeld", resend);
    }

    static void tell(PrintWriter err, String line) {
        err.println("fenghuang: " + line);
        err.flush();
    }
}
