package dev.fenghuang.cli;

import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.read.ReadCommand;
import dev.fenghuang.cli.read.SectionsCommand;
import java.util.Optional;

/**
 * Starts the full-screen reader, or, where it cannot run (a pipe, {@code TERM=dumb}, no terminal at all), prints the
 * text of the screen it would have opened: the article as {@code read AID} prints it, or the sections as {@code
 * sections} does, after one line on stderr naming the reason.
 */
final class ReaderStart {
    private ReaderStart() {
    }

    static int run(Cli cli, Long aid, boolean noImages) throws Exception {
        Optional<String> problem = cli.launcher.terminal().problem(cli::texts);
        if (problem.isEmpty()) {
            return cli.launcher.runTui(cli.site, cli.demo, cli.account(), aid, cli.lang, noImages, cli.storeMode());
        }
        cli.err().println("fenghuang: " + problem.get());
        cli.err().flush();
        if (aid != null) {
            ReadCommand read = new ReadCommand();
            read.cli = cli;
            read.aid = aid;
            read.page = PageOption.first();
            return read.call();
        }
        SectionsCommand sections = new SectionsCommand();
        sections.cli = cli;
        return sections.call();
    }
}
