package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.cli.option.PasswordSource;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.app.Moderation;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import java.io.IOException;
import java.util.Arrays;

/**
 * Runs an admin-panel request, and when the panel asks for the password again, asks the user (or the script's
 * source) once, opens the panel and repeats the request. Nothing of a refused request was done, so repeating it is
 * safe; the password is cleared at once.
 */
final class AdminUnlock {
    private AdminUnlock() {
    }

    @FunctionalInterface
    public interface Request<T> {
        T run() throws IOException;
    }

    /** The outcome of the unlock when it was refused; null when the request went through. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final transient PostResult result;
        /** No one could be asked for the password: the message says so alone, not as "sign in first". */
        final boolean noTerminal;

        Refused(PostResult result) {
            this(result, false);
        }

        Refused(PostResult result, boolean noTerminal) {
            super("the admin panel refused the password");
            this.result = result;
            this.noTerminal = noTerminal;
        }

        /** Tells the refusal as the mod commands do, and gives their exit code. */
        int report(boolean json, Cli cli) {
            if (!noTerminal || json) {
                return WriteOutput.report(result, "mod.unlocked", json, cli.texts(), cli.out(), cli.err());
            }
            cli.err().println("fenghuang: " + WriteOutput.message(result).text());
            cli.err().flush();
            return WriteOutput.exitCode(result);
        }
    }

    static <T> T run(ModCommand mod, Moderation moderation, Request<T> request) throws IOException {
        try {
            return request.run();
        } catch (AdminSessionExpired locked) {
            Texts texts = mod.cli.texts();
            Launcher launcher = mod.cli.launcher;
            PostResult opened;
            char[] password = null;
            try {
                password = PasswordSource.read(PasswordSource.Secret.PASSWORD, mod.passwordStdin,
                        launcher.environment(), launcher.stdin(), launcher.secretAsker(),
                        texts.get("mod.password") + ": ");
                opened = moderation.unlock(password, mod.question, answer(mod, texts));
            } catch (PasswordSource.NoTerminal unasked) {
                // The panel wants a sign-in nobody can give here: exit 4, as for any sign-in wanted.
                throw new Refused(new PostResult.NeedsLogin(new SiteMessage(texts.get("mod.passwordNoTerminal"),
                        SiteMessage.Kind.NO_PERMISSION)), true);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
            if (!opened.accepted()) {
                throw new Refused(opened);
            }
            return request.run();
        }
    }

    /**
     * The same for the forum's front-end moderation panel (modcp): when it asks for the password, asks once
     * (no security question there), enters it and repeats the request.
     */
    static <T> T runPanel(ModCommand mod, dev.fenghuang.app.forum.ForumModeration forum, Request<T> request)
            throws IOException {
        try {
            return request.run();
        } catch (dev.fenghuang.model.forum.PanelPasswordWanted locked) {
            Texts texts = mod.cli.texts();
            Launcher launcher = mod.cli.launcher;
            PostResult opened;
            char[] password = null;
            try {
                password = PasswordSource.read(PasswordSource.Secret.PASSWORD, mod.passwordStdin,
                        launcher.environment(), launcher.stdin(), launcher.secretAsker(),
                        texts.get("mod.panelPassword") + ": ");
                opened = forum.unlockPanel(password);
            } catch (PasswordSource.NoTerminal unasked) {
                throw new Refused(new PostResult.NeedsLogin(new SiteMessage(texts.get("mod.passwordNoTerminal"),
                        SiteMessage.Kind.NO_PERMISSION)), true);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
            if (!opened.accepted()) {
                throw new Refused(opened);
            }
            return request.run();
        }
    }

    /** The security answer the panel wants with question {@code --question N}, read after the password. */
    private static String answer(ModCommand mod, Texts texts) throws IOException {
        if (mod.question <= 0) {
            return "";
        }
        Launcher launcher = mod.cli.launcher;
        char[] chars = PasswordSource.read(PasswordSource.Secret.ANSWER, mod.answerStdin, launcher.environment(),
                launcher.stdin(), launcher.secretAsker(), texts.get("login.answer") + ": ");
        try {
            return new String(chars).strip();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
