package dev.fenghuang.cli;

import dev.fenghuang.cli.forum.BoardCommand;
import dev.fenghuang.cli.forum.ForumCommand;
import dev.fenghuang.cli.forum.ThreadCommand;
import dev.fenghuang.cli.moderate.ModCommand;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.output.SafeOutput;
import dev.fenghuang.cli.read.CommentsCommand;
import dev.fenghuang.cli.read.ListCommand;
import dev.fenghuang.cli.read.ReadCommand;
import dev.fenghuang.cli.read.SectionsCommand;
import dev.fenghuang.cli.read.WhoamiCommand;
import dev.fenghuang.cli.write.CommentCommand;
import dev.fenghuang.cli.write.FavoriteCommand;
import dev.fenghuang.cli.write.LoginCommand;
import dev.fenghuang.cli.write.LogoutCommand;
import dev.fenghuang.cli.write.ReactCommand;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.store.StoreMode;
import dev.fenghuang.app.Texts;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code fenghuang} command: global options, and the subcommands that read a site. */
@Command(name = "fenghuang", mixinStandardHelpOptions = true, version = "fenghuang 0.1.0",
        description = "Read Discuz! X community portals from the terminal.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (for a write: the site accepted it)",
                "1:the site could not be read, or did not answer (message on stderr)", "2:wrong usage",
                "3:the site refused the write (its message on stderr)", "4:sign in first (login)",
                "5:the site wants a captcha answered",
                "6:offline: the store does not hold the page, or a write was not sent"},
        footer = {"", "mod approve|delete|ignore end with 0 only when every decision went through, 3 otherwise."})
public final class Cli implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "URL|NAME",
            description = "The site: its URL, or the name of a profile in the config directory's sites/.")
    String site;

    @Option(names = "--demo", description = "Read the built-in demo portal, started in this process.")
    boolean demo;

    @Option(names = "--account", paramLabel = "NAME",
            description = "Which of your accounts on the site (default: default); each keeps its own session.")
    String account;

    @Option(names = "--lang", paramLabel = "zh|en", completionCandidates = Languages.class, description =
            "Language of the output (default: the lang setting, else the language of LC_ALL, LC_MESSAGES or LANG, "
                    + "installed or not).")
    String lang;

    @Option(names = "--open", paramLabel = "AID", converter = IdNumber.class,
            description = "Start the terminal reader on this article (when no command is given).")
    public Long open;

    @Option(names = "--no-images", description = "In the terminal reader, show article images as placeholders "
            + "[image N] (setting tui.images = false).")
    boolean noImages;

    @Option(names = "--offline", description = "Read only what the site's store holds, at any age; send nothing "
            + "(a write is refused, its text kept as a draft).")
    boolean offline;

    @Option(names = "--no-store", description = "Keep pages in memory only, for this run: no store file is opened "
            + "or made.")
    boolean noStore;

    /** Where a command built without picocli ({@link FastPath}) writes; picocli's writers otherwise. */
    private PrintWriter out;
    private PrintWriter err;

    /** When the oldest page shown from the store offline was fetched; null while none was. */
    private volatile java.time.Instant offlineAsOf;

    @CommandLine.Spec
    public CommandLine.Model.CommandSpec spec;

    public final Launcher launcher;

    Cli(Launcher launcher) {
        this.launcher = launcher;
    }

    /** The languages of {@code --lang}, for completion. */
    static final class Languages implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("zh", "en").iterator();
        }
    }

    /**
     * Every subcommand's name, in the order help lists them. A list of names and a switch rather than a map of
     * constructors: twenty-five method references were linked at every start, for the one command a run needs.
     */
    private static final Set<String> SUBCOMMANDS = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
            java.util.List.of("tui", "sections", "list", "read", "comments", "search", "export", "sync", "forum",
                    "board", "thread", "login", "whoami", "logout", "comment", "react", "favorite", "reply", "post",
                    "mod", "demo-portal", "serve-ssh", "completion", "complete-names", "help")));

    /** A new subcommand object of this name, one of {@link #SUBCOMMANDS}. */
    private static Object subcommand(String name) {
        return switch (name) {
            case "tui" -> new TuiCommand();
            case "sections" -> new SectionsCommand();
            case "list" -> new ListCommand();
            case "read" -> new ReadCommand();
            case "comments" -> new CommentsCommand();
            case "search" -> new dev.fenghuang.cli.read.SearchCommand();
            case "export" -> new dev.fenghuang.cli.read.ExportCommand();
            case "sync" -> new dev.fenghuang.cli.read.SyncCommand();
            case "forum" -> new ForumCommand();
            case "board" -> new BoardCommand();
            case "thread" -> new ThreadCommand();
            case "login" -> new LoginCommand();
            case "whoami" -> new WhoamiCommand();
            case "logout" -> new LogoutCommand();
            case "comment" -> new CommentCommand();
            case "react" -> new ReactCommand();
            case "favorite" -> new FavoriteCommand();
            case "reply" -> new dev.fenghuang.cli.forum.ReplyCommand();
            case "post" -> new dev.fenghuang.cli.forum.PostCommand();
            case "mod" -> new ModCommand();
            case "demo-portal" -> new DemoPortalCommand();
            case "serve-ssh" -> new ServeSshCommand();
            case "completion" -> new CompletionCommand();
            case "complete-names" -> new CompleteNamesCommand();
            case "help" -> new NestedHelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The names of every command, {@code help} among them. */
    public static Set<String> commandNames() {
        return SUBCOMMANDS;
    }

    /** Words that are commands besides the subcommands above. */
    private static final Set<String> COMMAND_WORDS = Set.of("help");

    /** Root options that take a value as the next argument. */
    private static final Set<String> VALUED_OPTIONS = Set.of("--site", "--account", "--lang", "--open");

    /**
     * Runs the program for these arguments, writing to {@code out} and {@code err}: the commonest command lines (the
     * terminal reader, {@code read AID}) without building picocli's model ({@link FastPath}), any other through
     * picocli as {@link #command(Launcher, String[])} builds it.
     *
     * @return the exit code
     */
    public static int execute(Launcher launcher, String[] args, PrintWriter out, PrintWriter err) {
        java.util.Optional<FastPath> fast = FastPath.parse(launcher, args);
        if (fast.isPresent()) {
            return fast.get().run(out, err);
        }
        CommandLine cmd = command(launcher, args);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The command line with every subcommand; tests build it the same way with their own launcher. */
    public static CommandLine command(Launcher launcher) {
        return command(launcher, null);
    }

    /**
     * The command line as {@code main} runs it for these arguments. When they name a subcommand, only that one is
     * built: picocli reads every registered command's annotations at start-up, and its class files are too old for
     * the class-data archive, so building the other eleven cost ~60 ms of every cold start. Anything else (help,
     * a typo) gets them all, so usage and suggestions are complete; no command at all (the terminal reader) none.
     */
    public static CommandLine command(Launcher launcher, String[] args) {
        CommandLine cmd = new CommandLine(new Cli(launcher));
        String named = args == null ? null : subcommandIn(args);
        if (named != null && SUBCOMMANDS.contains(named) && !named.equals("help")) {
            cmd.addSubcommand(named, subcommand(named));
        } else if (args == null || named != null || asksForHelp(args)) {
            SUBCOMMANDS.forEach(name -> cmd.addSubcommand(name, subcommand(name)));
        }
        // No command at all: the terminal reader, which needs none of them.
        CommandLine search = cmd.getSubcommands().get("search");
        if (search != null) { // a query may start with a dash: "search --local -渠县"
            search.setUnmatchedOptionsArePositionalParams(true);
        }
        Texts language = helpInTheLanguage(cmd, args, launcher);
        cmd.setExecutionStrategy(parseResult -> {
            cmd.setOut(SafeOutput.of(cmd.getOut()));
            cmd.setErr(SafeOutput.of(cmd.getErr()));
            int code = new CommandLine.RunLast().execute(parseResult);
            ((Cli) cmd.getCommand()).tellOffline();
            return code;
        });
        CommandLine.IParameterExceptionHandler usage = new UsageErrors(language);
        cmd.setParameterExceptionHandler((e, commandArgs) -> {
            if (!(e instanceof AccountNamedLikeCommand)) {
                return usage.handleParseException(e, commandArgs);
            }
            // the usage printed here would be of the one command built for these arguments: misleading
            e.getCommandLine().getErr().println("fenghuang: " + e.getMessage());
            e.getCommandLine().getErr().println(((Cli) cmd.getCommand()).texts().get("cli.seeHelp"));
            e.getCommandLine().getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                ((Cli) cmd.getCommand()).failed(e, commandLine.getErr()));
        return cmd;
    }

    /** A command that failed: one line on {@code err} saying why; the exit code says how. */
    int failed(Exception e, PrintWriter err) {
        Problem p = Problem.of(e, texts());
        err.println("fenghuang: " + p.message());
        err.flush();
        return p.exitCode();
    }

    /** Writes to {@code out} and {@code err}, for a command built without picocli. */
    void useStreams(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Help (usage, {@code help}, errors) in Chinese when the language is (as for all output: {@code --lang}, else the
     * launcher's choice from the lang setting and LC_ALL / LC_MESSAGES / LANG): picocli reads the headings,
     * descriptions and option texts from {@code help_zh.properties}. English is what the annotations say.
     *
     * @return the texts of the language chosen, for the usage errors
     */
    private static Texts helpInTheLanguage(CommandLine cmd, String[] args, Launcher launcher) {
        String lang = null;
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        Texts texts = Texts.forLanguage(lang != null || launcher == null ? lang : launcher.language());
        java.util.Locale locale = texts.locale();
        if (locale.getLanguage().equals("zh")) {
            cmd.setResourceBundle(java.util.ResourceBundle.getBundle("dev.fenghuang.cli.help", locale,
                    Cli.class.getClassLoader(), java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        return texts;
    }

    private static boolean asksForHelp(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) { // not --version: its one line needs no command built
                return true;
            }
        }
        return false;
    }

    /** The first argument that is neither a root option nor its value, or null. */
    static String subcommandIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-")) {
                if (VALUED_OPTIONS.contains(a)) {
                    i++;
                }
                continue;
            }
            return a;
        }
        return null;
    }

    @Override
    public Integer call() throws Exception {
        // No command: the full-screen reader (or its text where there is no terminal).
        return ReaderStart.run(this, open, noImages);
    }

    /**
     * A reader as the chosen account (what a site shows depends on who asks: pending comments, edit links), for a
     * command that reads each page once and ends.
     */
    public PortalReader open() throws Exception {
        return noticed(launcher.openForOneCommand(site, demo, account(), storeMode()));
    }

    /**
     * A reader as {@link #open} gives, holding the pages it reads in memory as well: for a command that may read a
     * page twice, which a site without a store would otherwise be asked for twice ({@code sync}: the section tree's
     * walk reads the lists' first pages, then the lists are synced).
     */
    public PortalReader openHoldingPages() throws Exception {
        return noticed(launcher.open(site, demo, account(), storeMode()));
    }

    private PortalReader noticed(PortalReader reader) {
        reader.onOffline((page, fetchedAt) -> noteOffline(fetchedAt));
        return reader;
    }

    public dev.fenghuang.app.PortalSession session() throws Exception {
        dev.fenghuang.app.PortalSession session = launcher.session(site, demo, account(), storeMode());
        session.reader().onOffline((page, fetchedAt) -> noteOffline(fetchedAt));
        return session;
    }

    /** How this run uses the store: {@code --offline}, {@code --no-store} (not both: a usage error), or normally. */
    public StoreMode storeMode() {
        if (offline && noStore) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts().get("offline.bothModes"));
        }
        return offline ? StoreMode.OFFLINE : noStore ? StoreMode.MEMORY_ONLY : StoreMode.NORMAL;
    }

    private synchronized void noteOffline(java.time.Instant fetchedAt) {
        if (offlineAsOf == null || fetchedAt.isBefore(offlineAsOf)) {
            offlineAsOf = fetchedAt;
        }
    }

    /** One line on stderr when something shown came from the store offline: from when (the oldest such page). */
    void tellOffline() {
        java.time.Instant asOf = offlineAsOf;
        if (asOf != null) {
            String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(asOf.atZone(java.time.ZoneId.systemDefault()));
            err().println("fenghuang: " + texts().get("offline.asOf", local));
            err().flush();
        }
    }

    /**
     * A command's JSON with {@code "offline": true} and {@code "asOf"} (when the oldest page shown from the store
     * was fetched, ISO 8601 in local time) added when something in it came from the store offline.
     */
    public com.google.gson.JsonElement markOffline(com.google.gson.JsonElement json) {
        java.time.Instant asOf = offlineAsOf;
        if (asOf != null && json.isJsonObject()) {
            json.getAsJsonObject().addProperty("offline", true);
            java.time.ZonedDateTime local = asOf.atZone(java.time.ZoneId.systemDefault())
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            json.getAsJsonObject().addProperty("asOf",
                    java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local));
        }
        return json;
    }

    /**
     * The {@code --account} given, or null. A name that is also a command ({@code mod}, {@code login}, …) is a usage
     * error: {@code fenghuang --account mod queue} reads like a command, and a typo such as a forgotten value would
     * quietly make one the account.
     */
    public String account() {
        if (account != null && namesACommand(account)) {
            throw new AccountNamedLikeCommand(spec.commandLine(), texts().get("account.isCommand", account));
        }
        return account;
    }

    /** Whether an account's name is also a command's (a usage error, see {@link #account()}). */
    static boolean namesACommand(String account) {
        return SUBCOMMANDS.contains(account.strip()) || COMMAND_WORDS.contains(account.strip());
    }

    /** {@code --account} names a command: a usage error told in one line, without a usage. */
    static final class AccountNamedLikeCommand extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        AccountNamedLikeCommand(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    public PrintWriter err() {
        return spec == null ? err : spec.commandLine().getErr();
    }

    public Texts texts() {
        return Texts.forLanguage(lang != null ? lang : launcher.language());
    }

    public PrintWriter out() {
        return spec == null ? out : spec.commandLine().getOut();
    }
}
