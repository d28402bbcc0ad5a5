package dev.fenghuang.cli.option;

import picocli.CommandLine.Option;

/**
 * {@code --json}, shared by every command that can print JSON. The fields are camelCase and stable: scripts rely
 * on them.
 */
public final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text (stable camelCase fields).")
    boolean enabled;

    /** Off, as picocli makes it before reading the command line. */
    public JsonOption() {
    }

    /** {@code --json} given or not, for a command built by hand rather than parsed. */
    public static JsonOption of(boolean enabled) {
        JsonOption json = new JsonOption();
        json.enabled = enabled;
        return json;
    }

    public boolean enabled() {
        return enabled;
    }
}
