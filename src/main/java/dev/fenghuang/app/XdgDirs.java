package dev.fenghuang.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Fenghuang keeps settings, state and cache, after the XDG base directory convention.
 *
 * @param config settings a user edits ({@code $XDG_CONFIG_HOME/fenghuang})
 * @param state state worth keeping, such as sessions and drafts ({@code $XDG_STATE_HOME/fenghuang})
 * @param cache what can be rebuilt, such as category trees ({@code $XDG_CACHE_HOME/fenghuang})
 */
public record XdgDirs(Path config, Path state, Path cache) {
    private static final String APP = "fenghuang";

    public static XdgDirs fromEnvironment() {
        return from(System.getenv(), System.getProperty("user.home"));
    }

    public static XdgDirs from(Map<String, String> env, String home) {
        Path h = Path.of(home == null ? "." : home);
        return new XdgDirs(
                base(env, "XDG_CONFIG_HOME", h.resolve(".config")).resolve(APP),
                base(env, "XDG_STATE_HOME", h.resolve(".local/state")).resolve(APP),
                base(env, "XDG_CACHE_HOME", h.resolve(".cache")).resolve(APP));
    }

    /** The spec says relative values are invalid and must be ignored. */
    private static Path base(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }
}
