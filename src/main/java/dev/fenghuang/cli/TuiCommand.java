package dev.fenghuang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "tui", mixinStandardHelpOptions = true,
        description = "The full-screen terminal reader (also what runs when no command is given).")
final class TuiCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--open", paramLabel = "AID", description = "Start on this article.")
    Long open;

    @Override
    public Integer call() throws Exception {
        Long aid = open != null ? open : cli.open;
        if (aid != null && aid <= 0) {
            throw new IllegalArgumentException("--open must be a positive article id");
        }
        return cli.launcher.runTui(cli.site, cli.demo, cli.account, aid, cli.lang);
    }
}
