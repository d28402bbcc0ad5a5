package dev.fenghuang.cli;

import dev.fenghuang.app.KnownNames;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code complete-names sites|accounts}: one name a line, for the shell's completion script (hidden from help). The
 * script calls it when {@code --site} or {@code --account} is completed, so the names are those of the moment.
 */
@Command(name = "complete-names", hidden = true,
        description = "Print the site profile names or the account names, one a line (for shell completion).")
final class CompleteNamesCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "sites|accounts", description = "Which names.")
    Kind kind;

    enum Kind { sites, accounts }

    @Override
    public Integer call() {
        List<String> names = kind == Kind.sites ? KnownNames.siteProfiles(cli.launcher.dirs())
                : KnownNames.accounts(cli.launcher.dirs());
        names.forEach(cli.out()::println);
        cli.out().flush();
        return 0;
    }
}
