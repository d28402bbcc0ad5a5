package dev.fenghuang.ssh;

import dev.fenghuang.app.Texts;
import dev.fenghuang.cli.Launcher;
import java.time.InstantSource;

/**
 * What every command of the service shares: the launcher the commands would run with here, the running sessions and
 * their limits, and the clock.
 */
record Serving(Launcher base, Sessions sessions, InstantSource clock) {

    /** One line for the user, in their language, from the bundle. */
    static String told(Launcher launcher, String key, Object... args) {
        return Texts.forLanguage(launcher.language()).get(key, args);
    }
}
