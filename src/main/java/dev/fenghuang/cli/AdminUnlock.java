package dev.fenghuang.cli;

import dev.fenghuang.app.Moderation;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.PostResult;
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
    interface Request<T> {
        T run() throws IOException;
    }

    /** The outcome of the unlock when it was refused; null when the request went through. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final transient PostResult result;

        Refused(PostResult result) {
            super("the admin panel refused the password");
            this.result = result;
        }
    }

    static <T> T run(ModCommand mod, Moderation moderation, Request<T> request) throws IOException {
        try {
            return request.run();
        } catch (AdminSessionExpired locked) {
            Texts texts = mod.cli.texts();
            char[] password = PasswordSource.read(mod.passwordStdin, mod.cli.launcher.environment(),
                    texts.get("mod.password") + ": ");
            PostResult opened;
            try {
                opened = moderation.unlock(password, mod.question, mod.answer);
            } finally {
                Arrays.fill(password, '\0');
            }
            if (!opened.accepted()) {
                throw new Refused(opened);
            }
            return request.run();
        }
    }
}
