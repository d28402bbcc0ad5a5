package dev.fenghuang.cli.option;

import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --page N}, the one page option of every paged command (a picocli mixin): a page is 1 or more, anything
 * else is a {@link ParameterException}, so a usage error (exit 2) before any site is opened.
 */
public final class PageOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private int number = 1;

    /** Page 1, for a command built by hand rather than parsed. */
    public static PageOption first() {
        return new PageOption();
    }

    /** A page from 1 up, for a command built by hand rather than parsed. */
    public static PageOption of(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("pages start at 1: " + number);
        }
        PageOption page = new PageOption();
        page.number = number;
        return page;
    }

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default 1).")
    void page(String value) {
        OptionalInt page = PageNumber.parse(value);
        if (page.isEmpty()) {
            throw new ParameterException(command.commandLine(), "Invalid value for option '--page': '" + value
                    + "' is not a page number (pages start at 1)");
        }
        number = page.getAsInt();
    }

    public int number() {
        return number;
    }
}
