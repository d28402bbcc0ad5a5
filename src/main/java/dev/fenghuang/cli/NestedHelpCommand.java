package dev.fenghuang.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND…]}: the usage of the command named by a path of names, so {@code help mod thread} shows
 * {@code mod thread}'s help. picocli's own help command takes one name and showed {@code mod}'s for that.
 */
@Command(name = "help", helpCommand = true,
        header = "Show the help of a command (of every command when none is given).",
        description = {"When no COMMAND is given, the help of the main command is shown.",
            "COMMAND may name a subcommand after its command, as in help mod thread."},
        synopsisHeading = "%nUsage: ")
public final class NestedHelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "COMMAND[0]",
            description = "The command to show the help of, with its subcommands if any.")
    private String[] names = {};

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help",
            description = "Show this help message and exit.")
    private boolean helpAsked;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
            PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : names) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(self, "Unknown command: '" + name + "'.", null, name);
            }
            target = next;
        }
        target.usage(out, colors);
    }
}
