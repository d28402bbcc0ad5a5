package dev.fenghuang.tui;

import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.moderate.Triage;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.read.BrowseView;
import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.tui.term.JobControl;
import dev.fenghuang.tui.term.TerminalHandover;
import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.Glyphs;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Palette;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.write.Writes;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.tui.read.SearchSources;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Member;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The reader's one UI thread: takes keys and finished requests from a queue, updates the views, and draws a frame
 * after each batch (header, the current view, the layers and the help box, the status bar) with a delta refresh.
 * When it waits and draws is {@link LoopTurns}'.
 */
public final class UiLoop implements Ui {
    private final PortalReader reader;
    private final TuiOptions options;
    private final Texts texts;
    private final LineBreaker breaker;
    private final RowPainter painter;
    private final Drawing drawing;
    private final Requests requests;
    private final Spinner spinner = new Spinner();
    private final Events events = new Events();
    private final Tabs tabs = new Tabs(this);
    private final Overlays overlays = new Overlays();
    private final KeyDispatch keys;
    private final Timers timers;
    private final LoopTurns turns;
    private final Writes writes;
    private final LoopParts parts;
    private final ModerationDesk desk;
    private final KeyReader keyReader;
    private final Loads loads;
    private final StatusLine status = new StatusLine();
    private final TerminalHandover handover;
    private final SearchSources searchSources = new SearchSources();
    /** The terminal's input ended (the SSH client gone, the terminal closed): what is being saved is let finish. */
    private volatile boolean inputEnded;

    public UiLoop(Screen screen, PortalReader reader, TuiOptions options, LoopParts parts) {
        this(screen, reader, null, Triage.NONE, options, parts);
    }

    /** A loop that can also moderate, as far as the signed-in account may. */
    public UiLoop(Screen screen, PortalReader reader, Participation participation, Triage triage, TuiOptions options,
           LoopParts parts) {
        this.parts = parts;
        this.reader = reader;
        this.options = options;
        this.texts = Texts.forLanguage(options.language());
        ColumnWidth widths = ColumnWidth.of(options.ambiguousWide());
        this.breaker = new LineBreaker(widths);
        this.painter = new RowPainter(new Glyphs(widths), Palette.of(options.monochrome()));
        this.drawing = new Drawing(screen, new Chrome(painter, reader.profile().name(), texts.get("tui.guest")),
                painter, parts.clipboard(), options);
        this.requests = new Requests(parts.worker(), this::post);
        this.loads = new Loads(requests, tabs, texts, options.keys(), this::error);
        this.timers = new Timers(parts.clock());
        this.turns = new LoopTurns(events, requests, timers, spinner, this::current, this::render, drawing,
                () -> reader.holdStores(false), reader::prepareWhileSending);
        this.keyReader = new KeyReader(screen, k -> post(() -> press(k)),
                () -> post(() -> press(new KeyStroke(KeyType.EOF))), this::running,
                !options.externalEditor() && !parts.jobs().available());
        this.handover = new TerminalHandover(screen, keyReader, drawing.pictures(), parts, drawing::repaintAll,
                e -> error(Problem.of(e, texts).message()));
        this.writes = new Writes(this, participation);
        this.desk = new ModerationDesk(this, triage);
        this.keys = new KeyDispatch(overlays, tabs, options,
                new Commands(this, parts.browser(), parts.clipboard(), writes, desk), status, drawing);
    }

    /** Shows the first view: the article asked for on top of the sections, or the sections; asks who is signed in. */
    public void start() {
        reader.onStoreNotice(line -> post(() -> message(line))); // never written to stderr over the screen
        writes.start();
        tabs.start(new BrowseView(this), options.openAid() == null ? null
                : new ArticleView(this, options.openAid(), java.util.OptionalLong::empty));
    }

    /** The site's own article search ({@code s}); null for none. Set before {@link #start}. */
    public void siteSearch(PortalSearch search) {
        searchSources.site(search);
    }

    /** The search over the site's store ({@code S} switches to it); null for no store. Set before {@link #start}. */
    public void localSearch(LocalSearch search) {
        searchSources.stored(search);
    }

    SearchSources searchSources() {
        return searchSources;
    }

    /** What the forum tab reads and writes through; set before {@link #start}. */
    public void forum(ForumParts parts) {
        tabs.forum(Later.now(parts));
    }

    /** What the forum tab reads and writes through, made when the tab is first shown; set before {@link #start}. */
    public void forum(Later<ForumParts> parts) {
        tabs.forum(parts);
    }

    Tabs tabs() {
        return tabs;
    }

    /** Queues work for the UI thread; safe from any thread. */
    void post(Runnable event) {
        events.post(event);
    }

    /** Runs until quit: the input thread feeds keys, the loop draws after each batch of events. */
    void run() throws IOException, InterruptedException {
        keyReader.start();
        turns.run();
    }

    /** The loop's turns: its waits and when it draws. */
    LoopTurns turns() {
        return turns;
    }

    /**
     * Runs every queued event, then draws; again if drawing started work that already finished. Once no read runs, the
     * store gets what was held for it while the reads ran ({@link #load}): the frame is drawn.
     */
    public void settle() throws IOException {
        turns.settle();
    }

    public boolean running() {
        return events.running();
    }

    /** True once the terminal's input ended rather than the user quitting. */
    boolean inputEnded() {
        return inputEnded;
    }

    void quit() {
        drawing.pictures().clear();
        events.stop();
    }

    /** Acts on one key: the end of input and the suspend key here, the others as {@link KeyDispatch} says. */
    public void press(KeyStroke k) {
        status.clear();
        if (k.getKeyType() == KeyType.EOF) {
            inputEnded = true;
            overlays.take(k); // the editor keeps its text as a draft
            quit();
            return;
        }
        if (JobControl.isSuspendKey(k)) {
            suspendToShell();
            return;
        }
        keys.press(k);
    }

    void showHelp() {
        overlays.showHelp(new HelpOverlay(options.keys(), texts, breaker.widths(),
                a -> desk.offers(a) && (!a.threadTools() || tabs.toolsOffered())));
    }

    public void ask(String label, Consumer<String> then) {
        overlays.ask(new Prompt(label, then));
    }

    /** Asks again with the field holding {@code typed}, the answer refused, to be corrected. */
    public void ask(String label, String typed, Consumer<String> then) {
        overlays.ask(new Prompt(label, typed, then));
    }

    public View current() {
        return tabs.current();
    }

    boolean cancelRequests() {
        return requests.cancel();
    }

    /** Draws a frame: resize first, then every row, then send what changed. */
    void render() throws IOException {
        View view = current();
        drawing.render(view, overlays, () -> status.of(view, overlays.layers(),
                desk.hints(view, texts.get("tui.hints")),
                requests.busy() ? spinner.frame() + " " + texts.get("tui.loading") + "  " : ""));
    }

    /** Opens a layer over the view. */
    public void push(Layer layer) {
        overlays.layers().push(layer);
    }

    /** Closes a layer if it is open. */
    public void close(Layer layer) {
        overlays.layers().close(layer);
    }

    public boolean isOpen(Layer layer) {
        return overlays.layers().isOpen(layer);
    }

    public Layers layers() {
        return overlays.layers();
    }

    Writes writes() {
        return writes;
    }

    /**
     * The site said the session lapsed: the member is signed out here too, the sign-in form opens, and {@code then}
     * runs after a successful sign-in (e.g. sends the kept text).
     */
    public void signInAgain(Runnable then) {
        writes.signInAgain(then);
    }

    /** The moderation keys' desk, which other rooms lend their queues ({@link ModerationDesk#shelf}). */
    public ModerationDesk desk() {
        return desk;
    }

    public Timers timers() {
        return timers;
    }

    /**
     * Runs {@code action} once no request is running: the first page loads before anything else is asked, and the
     * two never share the session's cookie jar at the same moment.
     */
    public void whenIdle(Runnable action) {
        events.whenIdle(action);
    }

    /**
     * Runs {@code action} once no request is running, after the frame drawn then: for a request that changes nothing
     * on screen until it answers, which the frame (the first one above all) should not wait for.
     */
    public void afterFrameWhenIdle(Runnable action) {
        events.afterFrameWhenIdle(action);
    }

    /** Runs a timer on the UI thread after {@code delay}; the returned runnable cancels it. */
    public Runnable after(Duration delay, Runnable action) {
        return timers.after(delay, action);
    }

    /** Shows who is signed in, in the status bar. */
    public void account(Member member) {
        drawing.account(member.isGuest() ? texts.get("tui.guest") : member.name());
        desk.account(member);
    }

    /** Runs a write off the UI thread with the spinner on; its answer comes back even after Esc. */
    public <T> void write(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed) {
        requests.write(request, done, failed);
    }

    /** Runs a request without the spinner; its answer always comes back. */
    @Override
    public <T> void quietly(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed) {
        requests.always(request, done, failed);
    }

    /** Gives the terminal to another program (the external editor) and takes it back, drawn whole. */
    public <T> T suspended(Callable<T> work) throws Exception {
        return handover.suspended(work);
    }

    /** Ctrl-Z: the terminal goes back to the shell until {@code fg}. */
    void suspendToShell() {
        handover.suspendToShell();
    }

    /** The process runs again after a stop (SIGCONT). */
    public void continued() {
        handover.continued();
    }

    public ExternalEditor externalEditor() {
        return parts.editor();
    }

    @Override
    public void articleShown(long aid) {
        writes.offerDraft(aid);
    }

    @Override
    public PortalReader reader() {
        return reader;
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public LineBreaker breaker() {
        return breaker;
    }

    @Override
    public RowPainter painter() {
        return painter;
    }

    @Override
    public TuiOptions options() {
        return options;
    }

    /**
     * Runs a read; what it shows changes only when it succeeds, a failure can be tried again ({@link Loads}). What the
     * store is to keep meanwhile (the page read, its read mark) waits until the frame after the reads is drawn
     * ({@link #settle}): the save of a page does not share the processor with the frame that shows it.
     */
    @Override
    public <T> void load(Callable<T> request, Consumer<T> done, Runnable dropped) {
        reader.holdStores(true);
        loads.load(request, done, dropped);
    }

    /** Tries the last failed load again if it failed on the view shown now; false when there is none. */
    boolean retry() {
        return loads.retry();
    }

    @Override
    public void prefetch(Callable<?> request) {
        requests.background(request);
    }

    @Override
    public void open(View view) {
        tabs.open(view);
    }

    /** Leaves the current view ({@link Tabs#back}); at the portal's first one, quits. */
    @Override
    public void back() {
        if (!tabs.back()) {
            quit();
        }
    }

    @Override
    public void message(String text) {
        status.message(text);
    }

    public void error(String text) {
        status.error(text);
    }

    @Override
    public void scrolled(int lines) {
        drawing.scrolled(lines, overlays.helpShown());
    }

    @Override
    public int bodyWidth() {
        return drawing.bodyWidth();
    }

    @Override
    public int bodyHeight() {
        return drawing.bodyHeight();
    }
}
