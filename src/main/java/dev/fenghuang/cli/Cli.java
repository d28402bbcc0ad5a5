package dev.fenghuang.cli;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code fenghuang} command: global options, and the subcommands that read a site. */
@Command(name = "fenghuang", mixinStandardHelpOptions = true, version = "fenghuang 0.1.0",
        description = "Read Discuz! X community portals from the terminal.",
        subcommands = {TuiCommand.class, SectionsCommand.class, ListCommand.class, ReadCommand.class,
                CommentsCommand.class, LoginCommand.class, WhoamiCommand.class, LogoutCommand.class,
                CommentCommand.class, ReactCommand.class, FavoriteCommand.class, DemoPortalCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (for a write: the site accepted it)",
                "1:the site could not be read, or did not answer (message on stderr)", "2:wrong usage",
                "3:the site refused the write (its message on stderr)", "4:sign in first (login)",
                "5:the site wants a captcha answered"})
public final class Cli implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "URL|NAME",
            description = "The site: its URL, or the name of a profile in the config directory's sites/.")
    String site;

    @Option(names = "--demo", description = "Read the built-in demo portal, started in this process.")
    boolean demo;

    @Option(names = "--account", paramLabel = "NAME",
            description = "Which of your accounts on the site (default: default); each keeps its own session.")
    String account;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: the locale's).")
    String lang;

    @Option(names = "--open", paramLabel = "AID",
            description = "Start the terminal reader on this article (when no command is given).")
    Long open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Launcher launcher;

    Cli(Launcher launcher) {
        this.launcher = launcher;
    }

    /** The command line as {@code main} runs it; tests build it the same way with their own launcher. */
    public static CommandLine command(Launcher launcher) {
        CommandLine cmd = new CommandLine(new Cli(launcher));
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Problem p = Problem.of(e);
            commandLine.getErr().println("fenghuang: " + p.message());
            commandLine.getErr().flush();
            return p.exitCode();
        });
        return cmd;
    }

    @Override
    public Integer call() throws Exception {
        // No command: the full-screen reader.
        if (open != null && open <= 0) {
            throw new IllegalArgumentException("--open must be a positive article id");
        }
        return launcher.runTui(site, demo, open, lang);
    }

    PortalReader open() throws Exception {
        return launcher.open(site, demo);
    }

    dev.fenghuang.app.PortalSession session() throws Exception {
        return launcher.session(site, demo, account);
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Texts texts() {
        return Texts.forLanguage(lang);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
