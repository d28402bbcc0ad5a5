package dev.fenghuang.tui;

import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.forum.ForumView;
import dev.fenghuang.tui.forum.ThreadView;
import dev.fenghuang.tui.image.FramePictures;
import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.moderate.Triage;
import dev.fenghuang.tui.read.ArticleView;
import dev.fenghuang.tui.read.BrowseView;
import dev.fenghuang.tui.read.LinkBox;
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
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.screen.Screen;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Member;
import dev.fenghuang.tui.image.ImageStyle;
import dev.fenghuang.tui.image.PictureWriter;
import dev.fenghuang.tui.image.Placement;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The reader's one UI thread: takes keys and finished requests from a queue, updates the views, and draws a frame
 * after each batch (header, the current view, the layers and the help box, the status bar) with a delta refresh.
 */
public final class UiLoop implements Ui {
    private final Screen screen;
    private final PortalReader reader;
    private final TuiOptions options;
    private final Texts texts;
    private final LineBreaker breaker;
    private final RowPainter painter;
    private final Chrome chrome;
    private final FrameWriter frames;
    private final Requests requests;
    private final Spinner spinner = new Spinner();
    private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
    private Deque<View> views = new ArrayDeque<>();
    /** The views of the tab not shown (the forum's while the portal shows, and back). */
    private Deque<View> otherTab = new ArrayDeque<>();
    private boolean forumShown;
    private ForumParts forum = ForumParts.NONE;
    private final Commands commands;
    private final Layers layers = new Layers();
    private final Timers timers;
    private final Writes writes;
    private final LoopParts parts;
    private final ModerationDesk desk;
    private final KeyReader keyReader;
    private Runnable whenIdle;
    /** The article opened at start ({@code --open}); leaving it shows its category's list first. */
    private ArticleView openedAtStart;
    private final FailedLoad failedLoad = new FailedLoad();
    private HelpOverlay help;
    private Prompt prompt;
    private String message;
    private boolean messageIsError;
    private int count;
    private boolean repaintAll;
    private final FramePictures pictures;
    private final TerminalHandover handover;
    private volatile boolean running = true;

    public UiLoop(Screen screen, PortalReader reader, TuiOptions options, LoopParts parts) {
        this(screen, reader, null, Triage.NONE, options, parts);
    }

    /** A loop that can also moderate, as far as the signed-in account may. */
    public UiLoop(Screen screen, PortalReader reader, Participation participation, Triage triage, TuiOptions options,
           LoopParts parts) {
        this.screen = screen;
        this.parts = parts;
        this.reader = reader;
        this.options = options;
        this.texts = Texts.forLanguage(options.language());
        ColumnWidth widths = ColumnWidth.of(options.ambiguousWide());
        this.breaker = new LineBreaker(widths);
        this.painter = new RowPainter(new Glyphs(widths), Palette.of(options.monochrome()));
        this.chrome = new Chrome(painter, reader.profile().name(), texts.get("tui.guest"));
        this.frames = new FrameWriter(screen, chrome, painter);
        this.pictures = new FramePictures(screen, parts.clipboard(), options.images().style() == ImageStyle.NONE
                ? null : PictureWriter.of(options.images().graphics()));
        this.requests = new Requests(parts.worker(), this::post);
        this.timers = new Timers(parts.clock());
        this.keyReader = new KeyReader(screen, k -> post(() -> press(k)), () -> post(this::quit), this::running);
        this.handover = new TerminalHandover(screen, keyReader, pictures, parts, () -> repaintAll = true,
                e -> error(Problem.of(e, texts).message()));
        this.writes = new Writes(this, participation);
        this.desk = new ModerationDesk(this, triage);
        this.commands = new Commands(this, parts.browser(), parts.clipboard(), writes, desk);
    }


    /** Shows the first view: the article asked for on top of the sections, or the sections; asks who is signed in. */
    public void start() {
        writes.start();
        views.push(new BrowseView(this));
        if (options.openAid() != null) {
            openedAtStart = new ArticleView(this, options.openAid(), java.util.OptionalLong::empty);
            views.push(openedAtStart);
        }
    }

    /** What the forum tab reads and writes through; set before {@link #start}. */
    public void forum(ForumParts parts) {
        forum = parts;
    }

    /** Shows the forum tab or the portal's; each keeps its views as they were left. */
    void showTab(boolean toForum) {
        if (toForum == forumShown) {
            return;
        }
        Deque<View> shown = views;
        views = otherTab;
        otherTab = shown;
        forumShown = toForum;
        if (views.isEmpty()) {
            views.push(new ForumView(this, forum));
        }
    }

    boolean forumShown() {
        return forumShown;
    }

    /** Queues work for the UI thread; safe from any thread. */
    void post(Runnable event) {
        events.add(event);
    }

    /** Runs until quit: the input thread feeds keys, the loop draws after each batch of events. */
    void run() throws IOException, InterruptedException {
        keyReader.start();
        render();
        while (running) {
            Runnable event = events.poll(120, TimeUnit.MILLISECONDS);
            if (event == null) {
                idle();
                continue;
            }
            event.run();
            settle();
        }
    }

    /** What the loop does when no key or answer came for a while: timers, the spinner, a resize. */
    void idle() throws IOException {
        if (timers.fire() || timers.pending()) {
            settle();
        } else if (requests.busy()) {
            spinner.advance();
            render();
        } else if (screen.doResizeIfNecessary() != null) {
            repaintAll = true;
            render();
        }
    }

    /** Runs every queued event, then draws; again if drawing started work that already finished. */
    public void settle() throws IOException {
        for (int round = 0; round < 4 && running; round++) {
            Runnable next;
            while (running && (next = events.poll()) != null) {
                next.run();
            }
            if (running && whenIdle != null && !requests.busy()) {
                Runnable idle = whenIdle;
                whenIdle = null;
                idle.run();
            }
            if (running) {
                render();
            }
            if (events.isEmpty()) {
                return;
            }
        }
    }

    public boolean running() {
        return running;
    }

    void quit() {
        pictures.clear();
        running = false;
    }

    /** Acts on one key. */
    public void press(KeyStroke k) {
        message = null;
        if (k.getKeyType() == KeyType.EOF) {
            quit();
            return;
        }
        if (JobControl.isSuspendKey(k)) {
            suspendToShell();
            return;
        }
        if (k instanceof MouseAction mouse) {
            point(mouse);
            return;
        }
        if (prompt != null) {
            Prompt answered = prompt;
            if (!answered.take(k) && prompt == answered) {
                prompt = null;
            }
            return;
        }
        if (!layers.isEmpty()) {
            layers.take(k);
            return;
        }
        if (help != null) {
            if (!help.scroll(k)) {
                help = null;
            }
            return;
        }
        View on = current();
        var action = options.keys().action(k, ModerationDesk.onQueue(on) ? KeyAction.Scope.QUEUE
                : on instanceof ForumView || on instanceof ThreadView ? KeyAction.Scope.FORUM : KeyAction.Scope.READER);
        if (action.filter(a -> a == KeyAction.PORTAL || a == KeyAction.FORUM).isPresent()
                && (count > 0 || views.size() > 1)) {
            action = java.util.Optional.empty();
        }
        if (action.isEmpty()) {
            if (k.getKeyType() == KeyType.Character && Character.isDigit(k.getCharacter()) && !k.isCtrlDown()) {
                count = Math.min(count * 10 + (k.getCharacter() - '0'), 99_999);
                if (current() instanceof ArticleView article) {
                    message = article.countHint(count);
                }
            }
            return;
        }
        int n = count;
        count = 0;
        commands.act(action.get(), n);
    }

    void showHelp() {
        help = new HelpOverlay(options.keys(), texts, breaker.widths(),
                a -> desk.offers(a) && (!a.threadTools() || forum.toolsOffered()));
    }

    public void ask(String label, Consumer<String> then) {
        prompt = new Prompt(label, then);
    }

    public View current() {
        return views.peek();
    }

    BrowseView root() {
        showTab(false);
        while (views.size() > 1) {
            views.pop();
        }
        return (BrowseView) views.peek();
    }

    boolean cancelRequests() {
        return requests.cancel();
    }

    /** Draws a frame: resize first, then every row, then send what changed. */
    void render() throws IOException {
        View view = current();
        boolean complete = frames.write(new FrameWriter.Frame(view, layers, help, prompt, () -> new FrameWriter.Status(
                message != null ? message : layers.status(), message != null && messageIsError,
                desk.hints(view, texts.get("tui.hints")),
                (requests.busy() ? spinner.frame() + " " + texts.get("tui.loading") + "  " : "")
                        + (layers.isEmpty() ? view.position() : ""))), repaintAll);
        repaintAll = false;
        List<Placement> shown = help != null || prompt != null ? List.of()
                : layers.isEmpty() ? view.placements() : layers.placements();
        complete = pictures.draw(shown, complete);
        if (help == null && prompt == null && layers.top() instanceof LinkBox link) {
            parts.clipboard().send(link.hyperlinkIfStale(screen.getTerminalSize().getRows() >= 3 ? 1 : 0, complete));
        }
    }

    /** Opens a layer over the view. */
    public void push(Layer layer) {
        layers.push(layer);
    }

    /** Closes a layer if it is open. */
    public void close(Layer layer) {
        layers.close(layer);
    }

    public boolean isOpen(Layer layer) {
        return layers.isOpen(layer);
    }

    public Layers layers() {
        return layers;
    }

    Writes writes() {
        return writes;
    }

    public Timers timers() {
        return timers;
    }

    /**
     * Runs {@code action} once no request is running: the first page loads before anything else is asked, and the
     * two never share the session's cookie jar at the same moment.
     */
    public void whenIdle(Runnable action) {
        whenIdle = action;
    }

    /** Runs a timer on the UI thread after {@code delay}; the returned runnable cancels it. */
    public Runnable after(Duration delay, Runnable action) {
        return timers.after(delay, action);
    }

    /** Shows who is signed in, in the status bar. */
    public void account(Member member) {
        chrome.account(member.isGuest() ? texts.get("tui.guest") : member.name());
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

    /** The mouse, when the settings capture it and nothing (a prompt, a layer, the help) is over the view. */
    private void point(MouseAction mouse) {
        if (options.mouse() && prompt == null && layers.isEmpty() && help == null) {
            Pointer.act(mouse, current(), screen.getTerminalSize().getRows() >= 3 ? 1 : 0, bodyHeight());
        }
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
     * Runs a read; what it shows changes only when it succeeds. A failure leaves the screen as it was (a view opened
     * for this load and still blank is left again) and tells the whole error with the key that tries the same load again ({@link #retry}).
     */
    @Override
    public <T> void load(Callable<T> request, Consumer<T> done) {
        requests.run(request, value -> {
            failedLoad.forget();
            done.accept(value);
        }, e -> {
            View on = current();
            boolean leave = on.blank() && views.size() > 1;
            if (leave) {
                views.pop();
            }
            failedLoad.failed(current(), () -> {
                if (leave) {
                    views.push(on);
                }
                load(request, done);
            });
            List<String> keys = options.keys().keys(KeyAction.RELOAD);
            String problem = Problem.of(e, texts).message();
            error(keys.isEmpty() ? problem : problem + "  " + texts.get("tui.retry", keys.get(0)));
        });
    }

    /** Tries the last failed load again if it failed on the view shown now; false when there is none. */
    boolean retry() {
        return failedLoad.retry(current());
    }

    @Override
    public void prefetch(Callable<?> request) {
        requests.background(request);
    }

    @Override
    public void open(View view) {
        views.push(view);
    }

    /**
     * Leaves the current view; at the first one, quits. Leaving the article opened at start shows the list of its
     * category with it selected, as if it had been opened from there.
     */
    @Override
    public void back() {
        if (views.size() > 1) {
            View left = views.pop();
            if (left == openedAtStart && views.size() == 1 && openedAtStart.article() != null) {
                root().openCategory(openedAtStart.article().category().id(), openedAtStart.aid());
            }
        } else if (forumShown) {
            showTab(false);
        } else {
            quit();
        }
    }

    /** Whether there is a view to go back to. */
    boolean canGoBack() {
        return views.size() > 1;
    }

    @Override
    public void message(String text) {
        message = text;
        messageIsError = false;
    }

    public void error(String text) {
        message = text;
        messageIsError = true;
    }

    @Override
    public void scrolled(int lines) {
        int h = bodyHeight();
        if (help == null && lines != 0 && Math.abs(lines) < h) {
            int top = screen.getTerminalSize().getRows() >= 3 ? 1 : 0;
            screen.scrollLines(top, top + h - 1, lines);
        }
    }

    @Override
    public int bodyWidth() {
        return screen.getTerminalSize().getColumns();
    }

    @Override
    public int bodyHeight() {
        return FrameWriter.bodyHeight(screen.getTerminalSize().getRows());
    }
}
