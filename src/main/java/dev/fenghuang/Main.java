package dev.fenghuang;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.FileGuard;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.store.StoreMode;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.UserLanguage;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.FaultRule;
import dev.fenghuang.tui.Tui;
import dev.fenghuang.tui.TuiOptions;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Wires the layers together and runs the command line. The only class that knows every package. */
public final class Main implements Launcher {
    private final XdgDirs dirs;

    private final Map<String, String> environment;

    private volatile String language;

    Main(XdgDirs dirs) {
        this(dirs, System.getenv());
    }

    Main(XdgDirs dirs, Map<String, String> environment) {
        this.dirs = dirs;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public XdgDirs dirs() {
        return dirs;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Runs the command line. Standard output, error and input are UTF-8, and the arguments are read as the UTF-8 they
     * were typed in, whatever the locale; an argument that arrived damaged stops the program before anything is done.
     */
    public static void main(String[] args) {
        FileLogProvider.useForThisProcess();
        StandardStreams.useUtf8();
        Main main = new Main(XdgDirs.fromEnvironment());
        StartupWarmer.start(main);
        ProgramArguments arguments = ProgramArguments.ofThisProcess(args);
        if (!arguments.damaged().isEmpty()) {
            System.err.println("fenghuang: " + Texts.forLanguage(main.language()).get("args.damaged",
                    arguments.damaged().get(0), ProgramArguments.localeCharset().name()));
            System.exit(2);
        }
        String[] words = arguments.array();
        System.exit(Cli.execute(main, words, StandardStreams.writer(System.out), StandardStreams.writer(System.err)));
    }

    /**
     * --lang aside: the lang setting, else the locale's language as the environment names it (installed or not). A
     * settings file that cannot be read leaves the choice to the locale: the command that needs the settings says
     * what is wrong with them, and says it in this language.
     */
    @Override
    public String language() {
        String chosen = language;
        if (chosen == null) {
            Optional<String> setting;
            try {
                setting = Settings.load(dirs).text("lang");
            } catch (RuntimeException unreadable) {
                setting = Optional.empty();
            }
            chosen = UserLanguage.choose(setting, environment, Locale.getDefault());
            language = chosen;
        }
        return chosen;
    }

    /** Repaired modes of state files are said on stderr, before the terminal reader takes the screen. */
    private ReaderFactory readers() {
        return new ReaderFactory(dirs, FileGuard.forThisUser(notice -> System.err.println("fenghuang: " + notice)));
    }

    @Override
    public PortalReader open(String site, boolean demo) {
        return session(site, demo, null).reader();
    }

    /** Without a memory cache: a command that reads a page once has no use for one (issue 13). */
    @Override
    public PortalReader openForOneCommand(String site, boolean demo, String account, StoreMode mode) {
        StartupWarmer.memoryCacheUnused();
        return session(Settings.load(dirs), site, demo, account, mode, false).reader();
    }

    @Override
    public PortalSession session(String site, boolean demo, String account) {
        return session(site, demo, account, StoreMode.NORMAL);
    }

    @Override
    public PortalSession session(String site, boolean demo, String account, StoreMode mode) {
        StartupWarmer.memoryCacheUsed();
        return session(Settings.load(dirs), site, demo, account, mode, true);
    }

    /** @param memory whether the session's pages are held in memory too, as the page cache's settings bound */
    private PortalSession session(Settings settings, String site, boolean demo, String account, StoreMode mode,
                                  boolean memory) {
        PortalSession session = openSession(settings, site, demo, account, mode, memory);
        session.reader().onFirstSend(StartupWarmer::fetchingStarts);
        return session;
    }

    private PortalSession openSession(Settings settings, String site, boolean demo, String account, StoreMode mode,
                                      boolean memory) {
        String chosen = site != null ? site : settings.text("site", "demo");
        if (demo || chosen.equals(SiteProfile.DEMO)) { // "demo" names the built-in portal, never a profile
            DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
            SiteProfile profile = SiteProfile.from(SiteProfile.DEMO, portal.baseUrl().toString(), settings);
            return readers().openSession(memory ? profile : withoutMemory(profile), account, portal, mode);
        }
        SiteProfile profile = SiteProfile.resolve(chosen, settings, dirs);
        return readers().openSession(memory ? profile : withoutMemory(profile), account, () -> { }, mode);
    }

    private static SiteProfile withoutMemory(SiteProfile profile) {
        return profile.withCache(profile.cache().withoutMemory());
    }

    @Override
    public int runTui(String site, boolean demo, String account, Long openAid, String lang) throws Exception {
        return runTui(site, demo, account, openAid, lang, false);
    }

    @Override
    public int runTui(String site, boolean demo, String account, Long openAid, String lang, boolean noImages)
            throws Exception {
        return runTui(site, demo, account, openAid, lang, noImages, StoreMode.NORMAL);
    }

    @Override
    public int runTui(String site, boolean demo, String account, Long openAid, String lang, boolean noImages,
                      StoreMode mode) throws Exception {
        StartupWarmer.leaveFetchingToTheReader();
        Settings settings = Settings.load(dirs); // once: read on the way to the first frame
        TuiOptions options = TuiOptions.from(settings, openAid, lang != null ? lang : language(), environment,
                noImages);
        // (the terminal is taken while the session opens)
        return Tui.run(() -> session(settings, site, demo, account, mode, true), options);
    }

    @Override
    public AutoCloseable serveSsh(SshSetup setup) throws Exception {
        return dev.fenghuang.ssh.SshService.start(setup, this, notice -> System.err.println("fenghuang: " + notice));
    }

    @Override
    public RunningDemo startDemo(int port, String charset, boolean hostile) {
        DemoPortal portal = DemoPortal.start(DemoOptions.builder().port(port).charset(Charset.forName(charset))
                .hostile(hostile).build());
        return new RunningDemo(portal.baseUrl(), portal);
    }

    @Override
    public RunningDemo startDemo(DemoSetup setup) {
        DemoOptions.Builder options = DemoOptions.builder().port(setup.port())
                .charset(Charset.forName(setup.charset())).https(setup.https()).hostile(setup.hostile())
                .captcha(setup.captcha());
        setup.faults().forEach(spec -> options.fault(FaultRule.parse(spec)));
        DemoPortal portal = DemoPortal.start(options.build());
        return new RunningDemo(portal.baseUrl(), portal, setup.https() ? portal.certificatePem() : "");
    }
}
