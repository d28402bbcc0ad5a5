package dev.fenghuang.cli.write;

import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PasswordSource;
import dev.fenghuang.cli.option.Prompter;
import dev.fenghuang.cli.option.QuestionNumber;
import dev.fenghuang.cli.option.SecretOption;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.image.HalfBlockImage;
import dev.fenghuang.app.LoginChallenge;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.forum.CaptchaAnswer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Sign in. The password comes from a prompt that does not echo, from --password-stdin, "
                + "or from FENGHUANG_PASSWORD; it is never stored. The session is kept in a file only you can read.",
                "Secrets never go on the command line (every user of the machine can read it): the security answer "
                + "and a browser's cookies come the same ways as the password. With --password-stdin and "
                + "--answer-stdin, the password is the first line and the answer the second."})
public final class LoginCommand implements Callable<Integer> {
    private static final int CAPTCHA_TRIES = 3;

    @ParentCommand
    Cli cli;

    @Option(names = "--username", paramLabel = "NAME", description = "Your user name on the site.")
    String username;

    @Option(names = "--cookie", parameterConsumer = SecretOption.CookieFlag.class,
            description = "Sign in with a browser's cookies instead (the Cookie header of a page of the site, copied "
                    + "from the browser's developer tools), for logins a terminal cannot pass: typed at a prompt "
                    + "that does not echo, or from FENGHUANG_COOKIE.")
    boolean cookie;

    @Option(names = "--cookie-stdin", description = "Sign in with a browser's cookies, read from the first line of "
            + "standard input.")
    boolean cookieStdin;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = "--question", paramLabel = "N", defaultValue = "0", converter = QuestionNumber.class,
            description = "Your security question's number (1 母亲的名字 … 7); asked for when needed at a terminal.")
    int question;

    @Option(names = "--answer-stdin", description = "Read the security answer from standard input (default: "
            + "FENGHUANG_ANSWER, else a prompt that does not echo).")
    boolean answerStdin;

    @Option(names = "--answer", arity = "0..1", hidden = true, converter = SecretOption.Answer.class)
    String answerOnTheCommandLine;

    @Option(names = "--no-stay", negatable = false,
            description = "End the session when the browser session would (default: stay signed in 30 days).")
    boolean noStay;

    @Option(names = "--captcha", paramLabel = "TEXT", description = "The captcha's characters, read from the image an "
            + "earlier run saved with --captcha-file (that image is answered, not a new one).")
    String captcha;

    @Option(names = "--captcha-file", paramLabel = "PATH", description = "Also save the captcha image there.")
    Path captchaFile;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        Texts texts = cli.texts();
        Prompter prompter = new Prompter();
        boolean withCookies = cookie || cookieStdin;
        if ((username == null) == !withCookies) {
            throw new IllegalArgumentException(texts.get("login.usernameOrCookie"));
        }
        try (PortalSession session = cli.session()) {
            Participation p = session.participation();
            if (withCookies) {
                return withCookies(p, texts);
            }
            LoginChallenge challenge = p.loginChallenge();
            if (challenge.signedIn()) {
                Member me = p.whoami();
                if (!me.name().equals(username)) {
                    throw new IllegalArgumentException(texts.get("login.otherMember", me.name()));
                }
                if (json.enabled()) {
                    com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                    o.addProperty("outcome", "alreadySignedIn");
                    o.addProperty("uid", me.uid());
                    o.addProperty("name", me.name());
                    cli.out().println(JsonView.write(o));
                } else {
                    cli.out().println(texts.get("login.already", me.name(), String.valueOf(me.uid())));
                }
                cli.out().flush();
                return 0;
            }
            String code = captcha;
            if (challenge.captcha().isPresent() && code == null) {
                if (!prompter.interactive()) {
                    return noTerminalForCaptcha(p, challenge.captcha().get(), texts, false);
                }
                code = readCaptcha(challenge.captcha().get(), prompter, texts);
            }
            Optional<String> noted = captcha == null ? Optional.empty() : p.drafts().takeLoginCaptchaNote();
            char[] password = PasswordSource.read(PasswordSource.Secret.PASSWORD, passwordStdin,
                    cli.launcher.environment(), cli.launcher.stdin(), cli.launcher.secretAsker(),
                    texts.get("login.password") + ": ");
            try {
                String answer = question > 0 || answerStdin
                        ? secret(PasswordSource.Secret.ANSWER, answerStdin, texts.get("login.answer") + ": ") : null;
                PostResult result = attempt(p, password, answer, answerTo(noted, code), challenge, prompter, texts);
                if (result instanceof PostResult.NeedsCaptcha again && !prompter.interactive() && !json.enabled()) {
                    return noTerminalForCaptcha(p, again.captcha(), texts, noted.isPresent());
                }
                if (result.accepted() && !json.enabled()) {
                    Member me = p.whoami();
                    cli.out().println(texts.get("login.done", me.name(), String.valueOf(me.uid())));
                    cli.out().flush();
                    return 0;
                }
                if (asksForQuestion(result) && question == 0) {
                    howToGiveTheQuestion(challenge, texts);
                }
                return WriteOutput.report(result, "login.done", json.enabled(), texts, cli.out(), cli.err());
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Exit 5: the captcha cannot be asked for; its image is still saved where --captcha-file says, and its hash noted
     * so that the next run's --captcha answers that image.
     */
    private int noTerminalForCaptcha(Participation p, Captcha image, Texts texts, boolean oldOneRefused)
            throws IOException {
        String line;
        if (captchaFile != null) {
            Files.write(captchaFile, image.image());
            p.drafts().noteLoginCaptcha(image.hash());
            line = texts.get("login.captchaSaved", captchaFile.toString(),
                    "fenghuang login --username " + username + " --captcha TEXT");
        } else {
            line = texts.get("login.captchaNoTerminal");
        }
        cli.err().println("fenghuang: " + (oldOneRefused ? texts.get("login.captchaExpired") + "; " : "") + line);
        cli.err().flush();
        return WriteOutput.NEEDS_CAPTCHA;
    }

    /** The code typed, under the hash of the image an earlier run saved when there is one. */
    private static CaptchaAnswer answerTo(Optional<String> noted, String code) {
        if (code == null) {
            return null;
        }
        return noted.map(hash -> new CaptchaAnswer(hash, code)).orElseGet(() -> CaptchaAnswer.ofFormHash(code));
    }

    /** Takes over a browser's session from its Cookie header. */
    private int withCookies(Participation p, Texts texts) throws Exception {
        Member me = p.importBrowserSession(secret(PasswordSource.Secret.COOKIE, cookieStdin, "Cookie: "));
        if (me.isGuest()) {
            cli.err().println("fenghuang: " + texts.get("login.cookieGuest"));
            cli.err().flush();
            return WriteOutput.NEEDS_LOGIN;
        }
        cli.out().println(texts.get("login.done", me.name(), String.valueOf(me.uid())));
        cli.out().flush();
        return 0;
    }

    /** A secret other than the password, from standard input, the environment or a prompt that does not echo. */
    private String secret(PasswordSource.Secret which, boolean fromStdin, String prompt) throws Exception {
        char[] chars = PasswordSource.read(which, fromStdin, cli.launcher.environment(), cli.launcher.stdin(),
                cli.launcher.secretAsker(), prompt);
        try {
            return new String(chars).strip();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private PostResult attempt(Participation p, char[] password, String answer, CaptchaAnswer code,
                               LoginChallenge challenge, Prompter prompter, Texts texts) throws Exception {
        CaptchaAnswer captchaCode = code;
        int questionId = question;
        String questionAnswer = answer;
        PostResult result = null;
        for (int tries = 0; tries < CAPTCHA_TRIES; tries++) {
            result = p.loginWithCaptcha(username, password, questionId, questionAnswer, !noStay, captchaCode);
            if (result instanceof PostResult.NeedsCaptcha wanted && prompter.interactive()) {
                captchaCode = CaptchaAnswer.ofFormHash(readCaptcha(wanted.captcha(), prompter, texts));
            } else if (asksForQuestion(result) && questionId == 0 && prompter.interactive()) {
                questionId = chooseQuestion(challenge, prompter, texts);
                questionAnswer = prompter.askSecret(texts.get("login.answer") + ": ");
            } else {
                return result;
            }
        }
        return result;
    }

    /** The site's answer when the account has a security question and none (or a wrong one) was given. */
    private static boolean asksForQuestion(PostResult result) {
        return result instanceof PostResult.Refused r && r.message().kind() == SiteMessage.Kind.LOGIN_FAILED
                && r.message().text().contains("安全提问");
    }

    /** No question was given and none could be asked for: which option gives it, and the site's questions. */
    private void howToGiveTheQuestion(LoginChallenge challenge, Texts texts) {
        cli.err().println("fenghuang: " + texts.get("login.questionOption"));
        for (LoginChallenge.Question q : challenge.questions()) {
            cli.err().println("  " + q.id() + " " + q.text());
        }
        cli.err().flush();
    }

    private static int chooseQuestion(LoginChallenge challenge, Prompter prompter, Texts texts) {
        prompter.show(texts.get("login.questionNeeded"));
        for (LoginChallenge.Question q : challenge.questions()) {
            prompter.show("  " + q.id() + "  " + q.text());
        }
        String choice = prompter.ask(texts.get("login.question") + ": ");
        try {
            return Integer.parseInt(Optional.ofNullable(choice).orElse("0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String readCaptcha(Captcha image, Prompter prompter, Texts texts) throws Exception {
        if (captchaFile != null) {
            Files.write(captchaFile, image.image());
        }
        if (!prompter.interactive()) {
            throw new IllegalArgumentException(texts.get("login.captchaNoTerminal"));
        }
        prompter.show(texts.get("login.captchaShown"));
        for (String line : HalfBlockImage.render(image.image(), 100)) {
            prompter.show(line);
        }
        return prompter.ask(texts.get("login.captcha") + ": ");
    }
}
