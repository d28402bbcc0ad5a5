package dev.fenghuang.cli.read;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.sync.Sync;
import dev.fenghuang.app.sync.SyncPlan;
import dev.fenghuang.app.sync.SyncSettings;
import dev.fenghuang.app.sync.SyncSummary;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.CountNumber;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.SyncView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "sync", mixinStandardHelpOptions = true, description = {
        "Fetch categories ahead into the store, politely (two requests at a time, a pause between; settings "
                + "sync.pause, sync.retries, sync.backoff) and resumably: a sync stopped half-way goes on where it "
                + "stopped when run again with the same arguments.",
        "Exit 0 when everything was fetched (or refused by the site, and said), 1 when some is left for the next "
                + "run."})
public final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "0..*", paramLabel = "CATID", converter = IdNumber.Int.class,
            description = "The categories (default: every section the site lists).")
    List<Integer> catids = new ArrayList<>();

    @Option(names = "--pages", paramLabel = "N", defaultValue = "1", converter = CountNumber.class,
            description = "List pages per category, from the first (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--comments", description = "Also every comment page of each article.")
    boolean comments;

    @Option(names = "--images", description = "Also the article images, within the image limits, kept in the store "
            + "(toward its cap) for reading offline.")
    boolean images;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        if (pages < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--pages is at least 1, not " + pages);
        }
        if (cli.storeMode() != dev.fenghuang.app.store.StoreMode.NORMAL) {
            // offline nothing can be fetched, and without a store nothing fetched would be kept
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), cli.texts().get("sync.needsStore"));
        }
        SyncSettings settings = SyncSettings.from(Settings.load(cli.launcher.dirs()));
        SyncPlan plan = new SyncPlan(catids, pages, comments, images, cli.account());
        SyncSummary summary;
        try (PortalReader reader = cli.openHoldingPages();
             Sync sync = Sync.forSite(cli.launcher.dirs(), reader, settings)) {
            boolean terminal = !json.enabled() && cli.launcher.terminal().interactive() && System.console() != null;
            // the bar is redrawn with a carriage return, which the sanitizing writer of cli.out() would drop; every
            // site text in it is stripped by the view itself
            java.io.PrintWriter to = terminal ? System.console().writer() : cli.out();
            SyncView view = SyncView.choose(cli.texts(), to, json.enabled(), terminal, terminalColumns());
            summary = sync.run(plan, view);
            view.summary(summary);
        }
        cli.out().flush();
        if (summary.storeStopped().isPresent()) {
            cli.err().println("fenghuang: " + cli.texts().get("sync.storeStopped",
                    dev.fenghuang.app.Problem.of(summary.storeStopped().get(), cli.texts()).message()));
            cli.err().flush();
        } else if (summary.stoppedBy().isPresent()) {
            cli.err().println("fenghuang: " + cli.texts().get("sync.stopped", summary.stoppedBy().get()));
            cli.err().flush();
        }
        return summary.complete() ? 0 : 1;
    }

    private int terminalColumns() {
        String columns = cli.launcher.environment().get("COLUMNS");
        return columns != null && columns.matches("\\d{2,4}") ? Integer.parseInt(columns) : 80;
    }
}
