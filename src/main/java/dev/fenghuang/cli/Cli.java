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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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

    /** Every subcommand, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("tui", TuiCommand::new);
        m.put("sections", SectionsCommand::new);
        m.put("list", ListCommand::new);
        m.put("read", ReadCommand::new);
        m.put("comments", CommentsCommand::new);
        m.put("search", dev.fenghuang.cli.read.SearchCommand::new);
        m.put("export", dev.fenghuang.cli.read.ExportCommand::new);
        m.put("sync", dev.fenghuang.cli.read.SyncCommand::new);
        m.put("forum", ForumCommand::new);
        m.put("board", BoardCommand::new);
        m.put("thread", ThreadCommand::new);
        m.put("login", LoginCommand::new);
        m.put("whoami", WhoamiCommand::new);
        m.put("logout", LogoutCommand::new);
        m.put("comment", CommentCommand::new);
        m.put("react", ReactCommand::new);
        m.put("favorite", FavoriteCommand::new);
        m.put("reply", dev.fenghuang.cli.forum.ReplyCommand::new);
        m.put("post", dev.fenghuang.cli.forum.PostCommand::new);
        m.put("mod", ModCommand::new);
        m.put("demo-portal", DemoPortalCommand::new);
        m.put("serve-ssh", ServeSshCommand::new);
        m.put("completion", CompletionCommand::new);
        m.put("complete-names", CompleteNamesCommand::new);
        m.put("help", NestedHelpCommand::new);
        return m;
    }

    /** The names of every command, {@code help} among them. */
    public static Set<String> commandNames() {
        return java.util.Collections.unmodifiableSet(SUBCOMMANDS.keySet());
    }

    /** Words that are commands besides the subcommands above. */
    private static final Set<String> COMMAND_WORDS = Set.of("help");

    /** Root options that take a value as the next argument. */
    private static final Set<String> VALUED_OPTIONS = Set.of("--site", "--account", "--lang", "--open");

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
        if (named != null && SUBCOMMANDS.containsKey(named) && !named.equals("help")) {
            cmd.addSubcommand(named, SUBCOMMANDS.get(named).get());
        } else if (args == null || named != null || asksForHelp(args)) {
            SUBCOMMANDS.forEach((name, make) -> cmd.addSubcommand(name, make.get()));
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
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Problem p = Problem.of(e, ((Cli) cmd.getCommand()).texts());
            commandLine.getErr().println("fenghuang: " + p.message());
            commandLine.getErr().flush();
            return p.exitCode();
        });
        return cmd;
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
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
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

    /** A reader as the chosen account (what a site shows depends on who asks: pending comments, edit links). */
    public PortalReader open() throws Exception {
        StoreMode mode = storeMode();
        PortalReader reader = account() == null && mode == StoreMode.NORMAL ? launcher.open(site, demo)
                : launcher.session(site, demo, account(), mode).reader();
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
    private void tellOffline() {
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
        if (account != null && (SUBCOMMANDS.containsKey(account.strip()) || COMMAND_WORDS.contains(account.strip()))) {
            throw new AccountNamedLikeCommand(spec.commandLine(), texts().get("account.isCommand", account));
        }
        return account;
    }

    /** {@code --account} names a command: a usage error told in one line, without a usage. */
    static final class AccountNamedLikeCommand extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        AccountNamedLikeCommand(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    public Texts texts() {
        return Texts.forLanguage(lang != null ? lang : launcher.language());
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
