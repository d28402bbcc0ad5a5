package dev.fenghuang.cli;

import dev.fenghuang.app.PortalSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "react", mixinStandardHelpOptions = true,
        description = "React to an article (表态) by the reaction's name or its position on the page (1-5).")
final class ReactCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "AID", converter = IdNumber.class, description = "The article id.")
    long aid;

    @Parameters(index = "1", paramLabel = "K|NAME", description = "e.g. 1, or 鲜花 (names and order come from the page).")
    String reaction;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (PortalSession session = cli.session()) {
            return WriteOutput.report(session.participation().react(aid, reaction), "react.done", json, cli.texts(),
                    cli.out(), cli.err());
        }
    }
}
