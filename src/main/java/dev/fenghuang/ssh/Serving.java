package dev.fenghuang.ssh;

import dev.fenghuang.app.Texts;
import dev.fenghuang.cli.Launcher;
import java.time.InstantSource;

/**
 * What every command of the service shares: the launcher the commands would run with here, the running sessions and
 * their limits, the clock, and the demo portal of the {@code site=demo} keys.
 */
record Serving(Launcher base, Sessions sessions, InstantSource clock, SharedDemo demo) {

    /** The launcher a command of {@code user}'s runs with. */
    ConnectionLauncher launcher(SshUser user, java.util.Map<String, String> clientEnvironment,
                                java.io.InputStream stdin, dev.fenghuang.cli.option.PasswordSource.Asker terminal) {
        return new ConnectionLauncher(base, user, clientEnvironment, stdin, terminal, demo);
    }

    /** One line for the user, in their language, from the bundle. */
    static String told(Launcher launcher, String key, Object... args) {
        return Texts.forLanguage(launcher.language()).get(key, args);
    }
}
