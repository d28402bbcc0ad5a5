package dev.fenghuang.cli;

import dev.fenghuang.cli.option.IdNumber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "tui", mixinStandardHelpOptions = true,
        description = "The full-screen terminal reader (also what runs when no command is given).")
final class TuiCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--open", paramLabel = "AID", converter = IdNumber.class, description = "Start on this article.")
    Long open;

    @Option(names = "--no-images", description = "Show article images as placeholders [image N].")
    boolean noImages;

    @Override
    public Integer call() throws Exception {
        Long aid = open != null ? open : cli.open;
        return ReaderStart.run(cli, aid, noImages || cli.noImages);
    }
}
