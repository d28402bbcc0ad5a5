package dev.fenghuang.tui;

import dev.fenghuang.app.Texts;
import dev.fenghuang.tui.forum.ForumFavorites;
import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.forum.ModeratorTools;
import dev.fenghuang.tui.forum.ForumSource;
import dev.fenghuang.tui.forum.ForumWrites;
import dev.fenghuang.tui.forum.Visits;
import dev.fenghuang.tui.forum.moderate.ForumQueues;
import dev.fenghuang.tui.forum.moderate.ForumTriage;
import dev.fenghuang.tui.image.ImageOptions;
import dev.fenghuang.tui.moderate.ShelfLater;
import dev.fenghuang.tui.moderate.Triage;
import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.tui.term.FlowControl;
import dev.fenghuang.tui.term.InputPatterns;
import dev.fenghuang.tui.term.JobControl;
import dev.fenghuang.tui.term.JobControlTerminal;
import dev.fenghuang.tui.term.ProcessSignals;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.image.GraphicsProtocol;
import dev.fenghuang.tui.image.GraphicsQuery;
import dev.fenghuang.tui.image.ImageStyle;
import dev.fenghuang.tui.image.ReplayInputStream;
import dev.fenghuang.tui.image.TerminalGraphics;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal reader's entry point: sets up the text terminal (never a Swing window), runs the UI loop, and
 * gives the terminal back as it found it on quit, on Ctrl-C (a key here, not a signal), on a crash and on a kill, and
 * for the time it is suspended (Ctrl-Z).
 */
public final class Tui {
    private static final Logger log = LoggerFactory.getLogger(Tui.class);
    /** How long an answer to the graphics query that came too late is still kept from becoming keys. */
    private static final Duration LATE_ANSWERS = Duration.ofSeconds(3);
    /** How long work started before the terminal's input ended may go on (a draft being written to disk). */
    private static final Duration LAST_SAVES = Duration.ofSeconds(5);

    private Tui() {
    }

    /**
     * Runs the reader on the process's terminal until the user quits, reading and writing through the account's
     * session that {@code opener} opens (and that is closed at the end); returns the exit code. The terminal is taken
     * on a thread of its own while the session opens; the screen (the alternate one) is started only after, so what
     * the opening says on stderr stays readable. A session that cannot be opened leaves the terminal as it was.
     */
    public static int run(Callable<PortalSession> opener, TuiOptions options) throws Exception {
        return Overlap.run("terminal-start", () -> take(options), Taken::giveBack, () -> {
            PortalSession session = opener.call();
            FirstPage.fetchAhead(session.reader(), options.openAid()); // on the wire while the terminal is taken
            return session;
        }, Tui::run);
    }

    /** The process's terminal taken: its modes set, what pictures are drawn with asked, its size known. */
    record Taken(JobControlTerminal terminal, OutputStream out, ScrollSafeScreen screen, TuiOptions options) {
        /** Puts the terminal's modes back as they were found (the screen was never started). */
        void giveBack() {
            try {
                terminal.close();
            } catch (IOException e) {
                log.warn("cannot restore the terminal: {}", e.toString());
            }
        }
    }

    private static Taken take(TuiOptions options) throws IOException {
        OutputStream out = new TerminalOutput(new FileOutputStream(FileDescriptor.out));
        ReplayInputStream in = new ReplayInputStream(new FileInputStream(FileDescriptor.in));
        JobControlTerminal terminal = terminal(out, in, options);
        TuiOptions asked = options.withImages(options.images().withGraphics(graphics(options.images(), out, in,
                System.getenv())));
        return new Taken(terminal, out, new ScrollSafeScreen(terminal), asked);
    }

    private static int run(PortalSession session, Taken taken) throws IOException, InterruptedException {
        TuiOptions asked = taken.options();
        return run(taken.terminal(), taken.screen(), taken.out(), session.reader(), session.participation(),
                Triage.over(session.moderation(), session.participation()), asked, FlowControl.offWhenRestarted(),
                new JobControl(taken.terminal(), ProcessSignals::stopThisProcess),
                forumLater(session, Texts.forLanguage(asked.language())), forumTriageLater(session),
                session.search().orElse(null), session.localSearch().orElse(null), System.getenv(), loop -> { });
    }

    /** The forum's queues of a session that can moderate, null without a forum or moderation. */
    static ForumTriage forumTriageOf(PortalSession session) {
        if (session.forum() == null || session.moderation() == null) {
            return null;
        }
        return ForumTriage.over(session.moderation().forum(), session.forum());
    }

    /** The forum's queues of a session that can moderate, made when first opened; null without forum or moderation. */
    static Later<ForumTriage> forumTriageLater(PortalSession session) {
        return session.forum() == null || session.moderation() == null ? null
                : Later.of(() -> forumTriageOf(session));
    }

    /** Lends the moderation desk the forum's queues (none when {@code triage} is null). */
    static void moderateForum(UiLoop loop, ForumParts forum, ForumTriage triage) {
        moderateForum(loop, Later.now(forum), triage == null ? null : Later.now(triage));
    }

    /**
     * Lends the moderation desk the forum's queues (none when {@code triage} is null), made when one is first
     * opened.
     */
    static void moderateForum(UiLoop loop, Later<ForumParts> forum, Later<ForumTriage> triage) {
        if (triage != null) {
            loop.desk().shelf(new ShelfLater(ForumQueues.QUEUES, () -> new ForumQueues(loop, forum.get(),
                    triage.get())));
        }
    }

    /** The forum tab's parts over a session's forum, made when the tab (or a held post's thread) is first shown. */
    static Later<ForumParts> forumLater(PortalSession session, Texts texts) {
        return Later.of(() -> forumOf(session, texts));
    }

    /** The forum tab's parts over a session's forum: read through the application's cache, written as a draft first. */
    static ForumParts forumOf(PortalSession session) {
        return forumOf(session, Texts.forLanguage(null));
    }

    static ForumParts forumOf(PortalSession session, Texts texts) {
        if (session.forum() == null) {
            return ForumParts.NONE;
        }
        ForumParts parts = new ForumParts(ForumSource.over(session.forum()),
                ForumWrites.over(session.participation().forum(), session.forum(), texts),
                session.visits().map(Visits::over).orElse(Visits.inMemory()))
                .withFavorites(ForumFavorites.over(session.participation().forum()));
        return session.moderation() == null ? parts
                : parts.withTools(ModeratorTools.over(() -> session.moderation().forum(), session.forum()));
    }

    /**
     * What pictures are drawn with: as set, or, for {@code auto}, what the terminal answers (already in raw mode, before
     * the key reader starts; keys typed meanwhile are given back); half blocks inside tmux or screen, which pass
     * neither protocol by default.
     */
    static TerminalGraphics graphics(ImageOptions images, OutputStream out, ReplayInputStream in,
                                     Map<String, String> env) throws IOException {
        TerminalGraphics set = images.graphics();
        if (images.style() == ImageStyle.NONE) {
            return TerminalGraphics.BLOCKS;
        }
        if (set.protocol() != GraphicsProtocol.AUTO) {
            return set;
        }
        if (GraphicsProtocol.multiplexed(env)) {
            return TerminalGraphics.BLOCKS;
        }
        GraphicsQuery.Answer answer = GraphicsQuery.ask(out, in, GraphicsQuery.WAIT, System::nanoTime, Tui::pause);
        in.giveBack(answer.rest());
        if (!answer.complete()) {
            in.dropLateAnswers(System::nanoTime, System.nanoTime() + LATE_ANSWERS.toNanos());
        }
        log.debug("terminal graphics: {}", answer.graphics());
        return answer.graphics();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process's terminal, Ctrl-C a key, a lone Esc waiting as long as the settings say. */
    static JobControlTerminal terminal(OutputStream out, InputStream in, TuiOptions options) throws IOException {
        JobControlTerminal terminal = new JobControlTerminal(in, out, StandardCharsets.UTF_8);
        input(terminal, options);
        return terminal;
    }

    /**
     * How {@code terminal} reads keys and the mouse, as the settings say: control sequences whole, mouse reports in
     * the SGR encoding as well as the X10 one.
     */
    static void input(ANSITerminal terminal, TuiOptions options) throws IOException {
        if (options.mouse()) {
            terminal.setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE);
        }
        terminal.getInputDecoder().setTimeoutUnits(
                Math.max(1, (int) Math.round(options.escapeDelay().toMillis() / 250.0)));
        InputPatterns.install(terminal.getInputDecoder(), options.mouse());
    }

    /**
     * Runs the reader on a given terminal; {@code raw} is where it writes (for the clipboard sequence), {@code
     * started} runs each time the screen starts (the real terminal turns flow control off, so Ctrl-S arrives).
     */
    static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                   TuiOptions options, Runnable started) throws IOException, InterruptedException {
        return run(terminal, raw, reader, participation, Triage.NONE, options, started);
    }

    /** The same, moderating through {@code triage} as far as the signed-in account may. */
    static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                   Triage triage, TuiOptions options, Runnable started) throws IOException, InterruptedException {
        return run(terminal, raw, reader, participation, triage, options, started, JobControl.NONE);
    }

    /** The same, suspending on Ctrl-Z (the key or SIGTSTP) through {@code jobs}. */
    static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                   Triage triage, TuiOptions options, Runnable started, JobControl jobs)
            throws IOException, InterruptedException {
        return run(terminal, raw, reader, participation, triage, options, started, jobs, ForumParts.NONE);
    }

    /** The same, with a forum tab over {@code forum}. */
    static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                   Triage triage, TuiOptions options, Runnable started, JobControl jobs, ForumParts forum)
            throws IOException, InterruptedException {
        return run(terminal, raw, reader, participation, triage, options, started, jobs, forum, null);
    }

    /** The same, with the forum's queues on the moderation desk through {@code forumTriage} (null: none). */
    static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                   Triage triage, TuiOptions options, Runnable started, JobControl jobs, ForumParts forum,
                   ForumTriage forumTriage) throws IOException, InterruptedException {
        return run(terminal, raw, reader, participation, triage, options, started, jobs, forum, forumTriage, null,
                null);
    }

    /** The same, with the site's own article search and the search over its store ({@code null}: none). */
    static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                   Triage triage, TuiOptions options, Runnable started, JobControl jobs, ForumParts forum,
                   ForumTriage forumTriage, PortalSearch search, LocalSearch localSearch)
            throws IOException, InterruptedException {
        return run(terminal, raw, reader, participation, triage, options, started, jobs, Later.now(forum),
                forumTriage == null ? null : Later.now(forumTriage), search, localSearch, System.getenv(), loop -> { });
    }

    /**
     * Runs the reader on a terminal that is not this process's (an SSH channel, {@code serve-ssh}) until the user
     * quits or the terminal's input ends: no job control and no flow control to turn off, and nothing started on this
     * machine for the user (no browser, no external editor: {@code env} is the client's variables, not this
     * process's). When {@code startOnQueue} it starts on the moderation queue; when {@code signInFirst} (the account
     * has no session on the site) the sign-in form opens first, and the queue after it.
     */
    public static int overChannel(ANSITerminal terminal, OutputStream raw, PortalSession session, TuiOptions options,
                                  Map<String, String> env, boolean startOnQueue, boolean signInFirst)
            throws IOException, InterruptedException {
        input(terminal, options);
        return run(terminal, raw, session.reader(), session.participation(),
                Triage.over(session.moderation(), session.participation()), options.withExternalEditor(false),
                () -> { }, JobControl.NONE, forumLater(session, Texts.forLanguage(options.language())),
                forumTriageLater(session), session.search().orElse(null), session.localSearch().orElse(null), env,
                loop -> {
                    Runnable land = startOnQueue ? () -> loop.desk().open() : () -> { };
                    loop.post(signInFirst ? () -> loop.signInAgain(land) : land);
                });
    }

    private static int run(Terminal terminal, OutputStream raw, PortalReader reader, Participation participation,
                           Triage triage, TuiOptions options, Runnable started, JobControl jobs,
                           Later<ForumParts> forum, Later<ForumTriage> forumTriage, PortalSearch search,
                           LocalSearch localSearch,
                           Map<String, String> env,
                           java.util.function.Consumer<UiLoop> first) throws IOException, InterruptedException {
        return run(terminal, new ScrollSafeScreen(terminal), raw, reader, participation, triage, options, started, jobs,
                forum, forumTriage, search, localSearch, env, first);
    }

    private static int run(Terminal terminal, Screen screen, OutputStream raw, PortalReader reader,
                           Participation participation, Triage triage, TuiOptions options, Runnable started,
                           JobControl jobs, Later<ForumParts> forum, Later<ForumTriage> forumTriage,
                           PortalSearch search,
                           LocalSearch localSearch, Map<String, String> env,
                           java.util.function.Consumer<UiLoop> first) throws IOException, InterruptedException {
        AtomicBoolean restored = new AtomicBoolean();
        Thread hook = new Thread(() -> restore(screen, restored), "fenghuang-restore");
        Runtime.getRuntime().addShutdownHook(hook);
        ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fenghuang-worker");
            t.setDaemon(true);
            return t;
        });
        UiLoop loop = null;
        try {
            screen.startScreen();
            started.run();
            loop = new UiLoop(screen, reader, participation, triage, options, new LoopParts(worker,
                    new BrowserOpener(env, worker), new Clipboard(raw), InstantSource.system(),
                    ExternalEditor.from(env), started, jobs));
            loop.forum(forum);
            reader.storeBehind();
            reader.refreshBehind(worker, new StaleNotice(loop::post, loop::message,
                    Texts.forLanguage(options.language()), java.time.ZoneId.systemDefault()));
            OfflineNotice.attach(reader, loop, Texts.forLanguage(options.language()),
                    java.time.ZoneId.systemDefault(), InstantSource.system());
            loop.siteSearch(search);
            loop.localSearch(localSearch);
            moderateForum(loop, forum, forumTriage);
            UiLoop running = loop;
            terminal.addResizeListener((t, size) -> running.post(() -> { }));
            if (jobs.available()) {
                ProcessSignals.catchJobControl(() -> running.post(running::suspendToShell),
                        () -> running.post(running::continued));
            }
            loop.start();
            first.accept(loop);
            loop.run();
            return 0;
        } finally {
            stop(worker, loop != null && loop.inputEnded());
            restore(screen, restored);
            reader.onStoreNotice(null); // the screen is gone: stderr again
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: the terminal is restored either way
            }
        }
    }

    /**
     * Stops the worker threads: at once when the user quit; when the terminal's input ended (an SSH client gone) after
     * what was started last (the editor's draft being kept) has had {@link #LAST_SAVES} to finish.
     */
    private static void stop(ExecutorService worker, boolean inputEnded) {
        if (inputEnded) {
            worker.shutdown();
            try {
                worker.awaitTermination(LAST_SAVES.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker.shutdownNow();
    }

    private static void restore(Screen screen, AtomicBoolean restored) {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            log.warn("cannot restore the terminal: {}", e.toString());
        }
        try {
            screen.close();
        } catch (IOException | RuntimeException e) {
            log.debug("closing the terminal: {}", e.toString());
        }
    }
}
