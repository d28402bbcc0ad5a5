package dev.fenghuang.cli.option;

import picocli.CommandLine.Option;

/**
 * {@code --json}, shared by every command that can print JSON. The fields are camelCase and stable: scripts rely
 * on them.
 */
public final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text (stable camelCase fields).")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }
}
