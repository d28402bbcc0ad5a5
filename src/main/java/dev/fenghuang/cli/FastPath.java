package dev.fenghuang.cli;

import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.output.SafeOutput;
import dev.fenghuang.cli.read.ReadCommand;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The commonest command lines, the terminal reader ({@code [--open AID]}, {@code tui [--open AID]}) and {@code read
 * AID [--page N] [--json]} after any of the global options, read and run without picocli. Picocli builds its model of
 * a command from the annotations by reflection before it reads a word: ~100 ms of a cold start on a small machine,
 * more than opening the site. A line is taken here only when every word is one this grammar knows and picocli reads
 * the same way ({@code FastPathTest} reads the same lines both ways). Anything else goes to picocli: help and version,
 * an unknown or repeated option, an option given a value it takes none of ({@code --json=true}), a value that starts
 * with {@code -} or {@code @} or is a command's name, an empty word, an id or page that is not plain digits,
 * {@code --}, and the two usage errors the commands find while running ({@code --offline} with {@code --no-store},
 * an account named like a command). The commands built are the ones picocli would have filled, run as {@link Cli}'s
 * execution strategy and exception handler run them.
 */
final class FastPath {
    /** The longest id taken here: 18 digits always fit a {@code long}. */
    private static final int MAX_ID_DIGITS = 18;

    private final Cli cli;
    private final Callable<Integer> command;

    private FastPath(Cli cli, Callable<Integer> command) {
        this.cli = cli;
        this.command = command;
    }

    /** The command these arguments name, built without picocli, or empty when picocli must read them. */
    static Optional<FastPath> parse(Launcher launcher, String[] args) {
        try {
            return Optional.of(read(launcher, new Words(args)));
        } catch (NotPlain notPlain) {
            return Optional.empty();
        }
    }

    /** Runs the command; a failure is told on {@code err} in one line and the exit code says which, as picocli's. */
    int run(PrintWriter out, PrintWriter err) {
        cli.useStreams(SafeOutput.of(out), SafeOutput.of(err));
        try {
            int code = command.call();
            cli.tellOffline();
            return code;
        } catch (Exception e) {
            return cli.failed(e, cli.err());
        }
    }

    /** The command, for a test to compare with what picocli builds. */
    Callable<Integer> command() {
        return command;
    }

    Cli cli() {
        return cli;
    }

    private static FastPath read(Launcher launcher, Words words) throws NotPlain {
        Cli cli = new Cli(launcher);
        Set<String> seen = new HashSet<>();
        while (words.atOption()) {
            String name = words.optionName(seen);
            switch (name) {
                case "--site" -> cli.site = words.value();
                case "--account" -> cli.account = words.value();
                case "--lang" -> cli.lang = words.value();
                case "--open" -> cli.open = words.id();
                case "--demo" -> cli.demo = words.flag();
                case "--no-images" -> cli.noImages = words.flag();
                case "--offline" -> cli.offline = words.flag();
                case "--no-store" -> cli.noStore = words.flag();
                default -> throw NotPlain.INSTANCE;
            }
        }
        if ((cli.offline && cli.noStore) || (cli.account != null && Cli.namesACommand(cli.account))) {
            throw NotPlain.INSTANCE; // usage errors, told by picocli's handler
        }
        if (!words.more()) {
            return new FastPath(cli, cli);
        }
        String subcommand = words.next();
        Callable<Integer> command = switch (subcommand) {
            case "read" -> read(cli, words);
            case "tui" -> tui(cli, words);
            default -> throw NotPlain.INSTANCE;
        };
        return new FastPath(cli, command);
    }

    /** {@code read AID [--page N] [--json]}, in any order. */
    private static ReadCommand read(Cli cli, Words words) throws NotPlain {
        ReadCommand read = new ReadCommand();
        read.cli = cli;
        read.page = PageOption.first();
        Long aid = null;
        Set<String> seen = new HashSet<>();
        while (words.more()) {
            if (!words.atOption()) {
                if (aid != null) {
                    throw NotPlain.INSTANCE;
                }
                aid = Words.id(words.next());
                continue;
            }
            switch (words.optionName(seen)) {
                case "--page" -> read.page = PageOption.of(words.page());
                case "--json" -> read.json = JsonOption.of(words.flag());
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (aid == null) {
            throw NotPlain.INSTANCE;
        }
        read.aid = aid;
        return read;
    }

    /** {@code tui [--open AID] [--no-images]}. */
    private static TuiCommand tui(Cli cli, Words words) throws NotPlain {
        TuiCommand tui = new TuiCommand();
        tui.cli = cli;
        Set<String> seen = new HashSet<>();
        while (words.more()) {
            if (!words.atOption()) {
                throw NotPlain.INSTANCE;
            }
            switch (words.optionName(seen)) {
                case "--open" -> tui.open = words.id();
                case "--no-images" -> tui.noImages = words.flag();
                default -> throw NotPlain.INSTANCE;
            }
        }
        return tui;
    }

    /** The arguments, read one word at a time; an option's value may follow it or be attached with {@code =}. */
    private static final class Words {
        private final String[] args;
        private int next;
        /** The value attached to the option last named ({@code --site=URL}), or null. */
        private String attached;

        Words(String[] args) throws NotPlain {
            for (String arg : args) {
                if (arg.isEmpty() || arg.charAt(0) == '@' || arg.equals("--")) {
                    throw NotPlain.INSTANCE;
                }
            }
            this.args = args;
        }

        boolean more() {
            return next < args.length;
        }

        boolean atOption() {
            return more() && args[next].charAt(0) == '-';
        }

        String next() {
            return args[next++];
        }

        /** The option at the next word, by name; an option named twice on one command is not taken. */
        String optionName(Set<String> seen) throws NotPlain {
            String word = next();
            int equals = word.indexOf('=');
            attached = equals < 0 ? null : word.substring(equals + 1);
            String name = equals < 0 ? word : word.substring(0, equals);
            if (!seen.add(name)) {
                throw NotPlain.INSTANCE;
            }
            return name;
        }

        /**
         * A value that is not empty and cannot be read as an option, an argument file or a command (picocli refuses
         * {@code --site read read 1}).
         */
        String value() throws NotPlain {
            String value = attached != null ? attached : more() ? next() : "";
            attached = null;
            if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@'
                    || Cli.commandNames().contains(value)) {
                throw NotPlain.INSTANCE;
            }
            return value;
        }

        /** An option that takes no value: true. */
        boolean flag() throws NotPlain {
            if (attached != null) {
                throw NotPlain.INSTANCE;
            }
            return true;
        }

        long id() throws NotPlain {
            return id(value());
        }

        int page() throws NotPlain {
            long page = id(value());
            if (page > Integer.MAX_VALUE) {
                throw NotPlain.INSTANCE;
            }
            return (int) page;
        }

        /** An id from 1 up in plain ASCII digits, as {@code IdNumber} reads it. */
        static long id(String word) throws NotPlain {
            if (word.isEmpty() || word.length() > MAX_ID_DIGITS) {
                throw NotPlain.INSTANCE;
            }
            long id = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < '0' || c > '9') {
                    throw NotPlain.INSTANCE;
                }
                id = id * 10 + (c - '0');
            }
            if (id < 1) {
                throw NotPlain.INSTANCE;
            }
            return id;
        }
    }

    /** A word this grammar does not take: the line is picocli's to read. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }
}
