package dev.fenghuang.cli.option;

import picocli.CommandLine.Option;

/** {@code --page N}, shared by every paged command; 0 or less is a usage error (exit 2). */
public final class PageOption {
    @Option(names = "--page", paramLabel = "N", defaultValue = "1", converter = PageNumber.class,
            description = "Page number (default 1).")
    public int number;

    public int number() {
        return number;
    }
}
