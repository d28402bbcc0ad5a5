package dev.fenghuang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.store.StoreMode;
import dev.fenghuang.cli.read.ReadCommand;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command lines read without picocli are read as picocli reads them: the same fields filled with the same values,
 * and run, the same output, errors and exit code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FastPathTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private int homes;

    @BeforeAll
    void startPortal() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    void stopPortal() {
        portal.close();
    }

    /** Pieces of a command line before the command: options as the fast path takes them, first. */
    private static final Pieces ROOT = new Pieces(List.of("--site http://127.0.0.1:1/", "--site=http://a.example/",
            "--site demo", "--site read", "--demo", "--account alice", "--account read", "--lang zh", "--lang=en",
            "--lang xx", "--open 3", "--open=7", "--open 007", "--no-images", "--offline", "--no-store"),
            // and words picocli refuses, or reads otherwise
            List.of("--site", "--site --demo", "--site @args", "--site=", "--demo=true", "--account mod",
                    "--account= help", "--open 0", "--open x", "--open -1", "--open 99999999999999999999",
                    "--open= 5", "--json", "--page 2", "-h", "--help", "-V", "--version", "--", "--SITE x",
                    "--sit x", "-demo", "1", "@args", "", "--lang=", "--open=1=2"));

    /** Pieces after {@code read}. */
    private static final Pieces READ = new Pieces(List.of("1", "42", "123456789012345678", "--page 2", "--page=3",
            "--json", "2", "--page 2147483647"),
            List.of("0", "x", "-1", " 2", "1234567890123456789", "--page 0", "--page 2147483648", "--page",
                    "--page x", "--json=false", "--site x", "--demo", "-h", "--open 1", "--", "@x", "\"3\"",
                    "--page=", "--page= 4", "١"));

    /** Pieces after {@code tui}. */
    private static final Pieces TUI = new Pieces(List.of("--open 2", "--open=4", "--no-images"),
            List.of("--open 0", "--no-images=true", "--demo", "5", "-h", "--json", "--open"));

    /** Pieces of a line as the fast path takes them ({@code plain}) and as it does not ({@code odd}). */
    private record Pieces(List<String> plain, List<String> odd) {
        /** One piece's words, a plain one {@code often} of the time. */
        List<String> pick(Random random, double often) {
            List<String> from = random.nextDouble() < often ? plain : odd;
            String piece = from.get(random.nextInt(from.size()));
            int space = piece.indexOf(' ', 1);
            return space < 0 || piece.startsWith("--open= ") || piece.startsWith("--page= ")
                    || piece.startsWith("--account= ") ? List.of(piece)
                    : List.of(piece.substring(0, space), piece.substring(space + 1));
        }
    }

    @Test
    void everyLineTakenIsReadAsPicocliReadsIt() {
        Random random = new Random(13);
        int taken = 0;
        int lines = 5_000;
        for (int n = 0; n < lines; n++) {
            String[] args = line(random);
            Optional<FastPath> fast = FastPath.parse(launcher(home, "en"), args);
            if (fast.isEmpty()) {
                continue;
            }
            taken++;
            CommandLine picocli = Cli.command(launcher(home, "en"), args);
            CommandLine.ParseResult parsed;
            try {
                parsed = picocli.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("taken, but picocli refuses " + Arrays.toString(args) + ": " + e.getMessage());
            }
            assertThat(parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()).as(Arrays.toString(args))
                    .isFalse();
            Object sub = parsed.subcommand() == null ? null : parsed.subcommand().commandSpec().userObject();
            assertThat(describe(fast.get().cli(), fast.get().command()))
                    .as(Arrays.toString(args)).isEqualTo(describe(picocli.getCommand(), sub == null ? picocli.getCommand() : sub));
        }
        assertThat(taken).as("lines taken of %d", lines).isGreaterThan(lines / 10);
    }

    /** A random line: options, then nothing, {@code read}, {@code tui} or another command, with their pieces. */
    private static String[] line(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            words.addAll(ROOT.pick(random, 0.8));
        }
        int command = random.nextInt(10);
        if (command < 6) {
            words.add("read");
            for (int i = random.nextInt(4); i > 0; i--) {
                words.addAll(READ.pick(random, 0.75));
            }
        } else if (command < 8) {
            words.add("tui");
            for (int i = random.nextInt(3); i > 0; i--) {
                words.addAll(TUI.pick(random, 0.75));
            }
        } else if (command == 8) {
            words.add("sections");
        }
        return words.toArray(String[]::new);
    }

    /** What a line was read as: the global options, the usage errors found while running, and the command's. */
    private static String describe(Cli cli, Object command) {
        StringBuilder d = new StringBuilder();
        d.append("site=").append(cli.site).append(" demo=").append(cli.demo).append(" account=").append(cli.account)
                .append(" lang=").append(cli.lang).append(" open=").append(cli.open).append(" noImages=")
                .append(cli.noImages).append(" offline=").append(cli.offline).append(" noStore=").append(cli.noStore);
        try {
            cli.account();
            cli.storeMode();
        } catch (RuntimeException usage) {
            d.append(" usage error");
        }
        if (command instanceof ReadCommand read) {
            d.append(" read aid=").append(read.aid).append(" page=").append(read.page.number()).append(" json=")
                    .append(read.json.enabled());
        } else if (command instanceof TuiCommand tui) {
            d.append(" tui open=").append(tui.open).append(" noImages=").append(tui.noImages);
        } else if (command != cli) {
            d.append(" ").append(command.getClass().getSimpleName());
        }
        return d.toString();
    }

    @Test
    void theCommonLinesAreTaken() {
        for (String line : List.of("", "--open 1", "--site http://x.example/ read 1",
                "--demo --lang zh read 5 --json --page 2", "read --page=3 12", "tui --open 3 --no-images",
                "--account alice --offline read 1", "--site=shop --no-store --no-images --open=9")) {
            assertThat(FastPath.parse(launcher(home, "en"), words(line))).as(line).isPresent();
        }
    }

    @Test
    void whatPicocliMustTellIsLeftToIt() {
        for (String line : List.of("-h", "read 1 -h", "read 1 --site x", "--account mod read 1", "--account=\tread read 1",
                "--offline --no-store read 1", "read @args", "read 1 --json --json", "--demo --demo", "read  1",
                "read 0", "sections", "read", "read 1 2", "--json read 1", "tui 3", "--demo=true", "-- read 1",
                "--lang", "--site -x read 1", "read 1 --page 2147483648")) {
            assertThat(FastPath.parse(launcher(home, "en"), words(line))).as(line).isEmpty();
        }
    }

    private static String[] words(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ", -1);
    }

    private record Run(int exit, String out, String err, List<String> readers) {
    }

    @Test
    void runsAsPicocliRunsThem() {
        String site = portal.baseUrl().toString();
        TerminalCheck pipe = new TerminalCheck(false, "xterm", true);
        TerminalCheck terminal = new TerminalCheck(true, "xterm-256color", true);
        for (String line : List.of("read 1", "read 1 --json", "read 1 --page 9", "read 99999", "--lang zh read 1",
                "--offline read 1", "--account alice read 3 --json", "--no-store read 2")) {
            assertSameRuns(pipe, "--site " + site + " " + line);
        }
        assertSameRuns(pipe, "--site http://127.0.0.1:1/ read 1");
        assertSameRuns(pipe, "--site " + site + " --open 1");
        assertSameRuns(pipe, "--site " + site + " --lang zh");
        assertSameRuns(terminal, "--site " + site + " --open 5 --no-images");
        assertSameRuns(terminal, "--site " + site + " --lang zh --offline tui --open 2");
        assertSameRuns(terminal, "--site " + site);
    }

    private void assertSameRuns(TerminalCheck terminal, String line) {
        String[] args = words(line);
        assertThat(FastPath.parse(launcher(home, "en"), args)).as(line).isPresent();
        Run fast = run(terminal, args, true);
        Run picocli = run(terminal, args, false);
        assertThat(fast).as(line).isEqualTo(picocli);
    }

    /** A run in a home of its own (a read marks the article read), through the fast path or picocli. */
    private Run run(TerminalCheck terminal, String[] args, boolean fast) {
        Path own = home.resolve("run" + homes++);
        List<String> readers = new CopyOnWriteArrayList<>();
        Launcher launcher = launcher(own, "en", terminal, readers);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        if (fast) {
            exit = Cli.execute(launcher, args, new PrintWriter(out), new PrintWriter(err));
        } else {
            CommandLine cmd = Cli.command(launcher, args);
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(err));
            exit = cmd.execute(args);
        }
        return new Run(exit, withoutViews(out.toString()), err.toString(), readers);
    }

    /** The text with the article's view count out: the portal counts each run's read. */
    private static String withoutViews(String text) {
        return text.replaceAll("(views |查看 |\"views\":\\s*)\\d+", "$1N");
    }

    private static Launcher launcher(Path home, String language) {
        return launcher(home, language, new TerminalCheck(false, "xterm", true), new ArrayList<>());
    }

    /** Opens sessions on a site as the program does; the full-screen reader only notes what it was started with. */
    private static Launcher launcher(Path home, String language, TerminalCheck terminal, List<String> readers) {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        return new Launcher() {
            @Override
            public PortalReader open(String site, boolean demo) {
                return session(site, demo, null).reader();
            }

            @Override
            public PortalSession session(String site, boolean demo, String account) {
                return session(site, demo, account, StoreMode.NORMAL);
            }

            @Override
            public PortalSession session(String site, boolean demo, String account, StoreMode mode) {
                Settings settings = Settings.load(dirs);
                return new ReaderFactory(dirs).openSession(SiteProfile.resolve(site, settings, dirs), account,
                        () -> { }, mode);
            }

            @Override
            public int runTui(String site, boolean demo, String account, Long openAid, String lang) {
                throw new AssertionError("the reader is started with its images and store mode");
            }

            @Override
            public int runTui(String site, boolean demo, String account, Long openAid, String lang, boolean noImages,
                              StoreMode mode) {
                readers.add(site + " " + demo + " " + account + " " + openAid + " " + lang + " " + noImages + " " + mode);
                return 0;
            }

            @Override
            public TerminalCheck terminal() {
                return terminal;
            }

            @Override
            public String language() {
                return language;
            }

            @Override
            public XdgDirs dirs() {
                return dirs;
            }

            @Override
            public RunningDemo startDemo(int port, String charset, boolean hostile) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
