package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.ScrolledText;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A thread page by page, by floors. j/k scroll a line; the floor under the cursor (marked: the first whose name
 * shows at the top of the window or below it, or a floor further down where the page can scroll no further and j,
 * G or :N went on to it) is what R replies to, Q quotes, E edits and D deletes; with a count N
 * those act on floor N# of the page. [ and ] turn the page, : jumps to a floor or a page (p3), a shows one author's
 * floors (只看该作者) and all again, z unfolds the quotes of the floor. Where the page offers the thread tools (a
 * moderator's), x marks a floor and m opens the tools ({@link ThreadToolsMenu}) on the marked floors or the one
 * under the cursor.
 */
public final class ThreadView implements View {
    /** Floors a page holds when the site cannot say (Discuz's default). */
    static final int DEFAULT_PER_PAGE = 10;

    private final UiLoop ui;
    private final ForumParts forum;
    private final long tid;
    private final String title;
    private final List<String> crumbs;
    private final ScrolledText text;
    private final Set<Long> unfolded = new HashSet<>();
    /** The floors marked for the thread tools, by pid. */
    private final Set<Long> marked = new java.util.LinkedHashSet<>();
    private final FloorWriting writing;
    private final FloorCursor cursor;
    private ThreadPage thread;
    private FloorLayout layout;
    private int laidOutWidth = -1;
    private int page;
    private long author;
    private int perPage = DEFAULT_PER_PAGE;
    /** The floor number to show at the top once its page is in, 0 for none. */
    private int pendingFloor;

    /**
     * @param crumbs the board's breadcrumb, the thread's subject goes after it
     * @param title the subject as the list showed it, until the page says
     */
    public ThreadView(UiLoop ui, ForumParts forum, long tid, int page, List<String> crumbs, String title) {
        this.ui = ui;
        this.forum = forum;
        this.tid = tid;
        this.page = Math.max(1, page);
        this.crumbs = List.copyOf(crumbs);
        this.title = title == null ? "" : title;
        this.text = new ScrolledText(ui);
        this.cursor = new FloorCursor(ui, text);
        this.writing = new FloorWriting(ui, forum, this);
        load(this.page, false);
    }

    long tid() {
        return tid;
    }

    ThreadPage thread() {
        return thread;
    }

    private void load(int wanted, boolean last) {
        ui.load(() -> forum.source().thread(tid, wanted, author), t -> {
            if (last && t.pageCount() > t.page()) {
                load(t.pageCount(), true);
                return;
            }
            if (t.page() > t.pageCount() && t.floors().isEmpty() && thread != null) {
                ui.message(ui.texts().get("tui.lastPage"));
                return;
            }
            boolean same = thread != null && thread.page() == t.page();
            thread = t;
            if (t.moderatorTools() && forum.tools() != null) {
                forum.tools().offeredOnAPage();
            }
            page = t.page();
            if (t.page() < t.pageCount() && !t.floors().isEmpty()) {
                perPage = t.floors().size();
            }
            relayout(ui.bodyWidth(), same);
            if (last) {
                text.handle(KeyAction.BOTTOM);
            }
            if (pendingFloor > 0) {
                showFloor(pendingFloor);
                pendingFloor = 0;
            }
        });
    }

    /** Reads the thread's last page again, a new one if the reply made one, and shows its end (after a reply). */
    public void reloadLast() {
        load(thread == null ? 1 : Math.max(1, thread.pageCount()), true);
    }

    private void relayout(int width, boolean keepPlace) {
        laidOutWidth = width;
        layout = FloorLayout.of(thread, width, ui.breaker(), ui.texts(), unfolded);
        text.show(layout.lines(), keepPlace);
        cursor.laidOut(layout.floorStarts(), keepPlace);
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        if (layout == null) {
            return;
        }
        if (width != laidOutWidth) {
            relayout(width, true);
        }
        text.draw(g, 0, width, height);
        markFloors(g, width, height);
        markCursor(g, width, height);
    }

    /** Shows the floors marked for the thread tools by their names in the search hits' colours. */
    private void markFloors(TextGraphics g, int width, int height) {
        for (int i = 0; i < thread.floors().size() && !marked.isEmpty(); i++) {
            Floor f = thread.floors().get(i);
            int row = layout.floorStarts().get(i) - text.top();
            if (marked.contains(f.pid()) && row >= 0 && row < height) {
                String label = FloorLayout.label(f);
                int columns = Math.min(width, ui.breaker().widths().of(label));
                ui.painter().paint(g, 0, row, columns, StyledLine.of(label, Style.MATCH), Style.MATCH);
            }
        }
    }

    /**
     * Shows the floor under the cursor by its name alone in reverse (楼主, 沙发, 12#): a few cells change when the
     * cursor moves on, where a whole marked row would cost a scroll twice its bytes.
     */
    private void markCursor(TextGraphics g, int width, int height) {
        int at = cursor.index();
        if (at < 0) {
            return;
        }
        int row = layout.floorStarts().get(at) - text.top();
        if (row < 0 || row >= height) {
            return;
        }
        String label = FloorLayout.label(thread.floors().get(at));
        int columns = Math.min(width, ui.breaker().widths().of(label));
        ui.painter().paint(g, 0, row, columns, StyledLine.of(label, Style.SELECTED), Style.SELECTED);
    }

    /** The floor under the cursor, or with {@code count} the floor numbered so on this page. */
    Optional<Floor> floor(int count) {
        if (thread == null) {
            return Optional.empty();
        }
        if (count > 0) {
            return thread.floors().stream().filter(f -> f.number() == count).findFirst();
        }
        int at = layout == null ? -1 : cursor.index();
        return at < 0 ? Optional.empty() : Optional.of(thread.floors().get(at));
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (thread == null) {
            return action != KeyAction.BACK;
        }
        switch (action) {
            case NEXT_PAGE, PREVIOUS_PAGE -> turn(action == KeyAction.NEXT_PAGE ? page + 1 : page - 1);
            case FORUM_JUMP -> ui.ask(ui.texts().get("tui.forum.jump.prompt"), this::jump);
            case FORUM_AUTHOR -> toggleAuthor(count);
            case FORUM_UNFOLD -> floor(count).ifPresent(f -> {
                if (!unfolded.remove(f.pid())) {
                    unfolded.add(f.pid());
                }
                relayout(laidOutWidth, true);
            });
            case FORUM_REPLY, COMMENT -> writing.reply(0);
            case FORUM_QUOTE -> floor(count).ifPresentOrElse(f -> writing.reply(f.pid()), this::noFloor);
            case EDIT -> floor(count).ifPresentOrElse(writing::edit, this::noFloor);
            case DELETE -> floor(count).ifPresentOrElse(writing::delete, this::noFloor);
            case FAVORITE -> ThreadFavoriting.favorite(ui, forum, tid);
            case FAVORITES -> ThreadFavoritesView.open(ui, forum);
            case FORUM_TOOLS -> tools(count);
            case FORUM_MARK -> mark(count);
            case BACK -> {
                return false;
            }
            default -> {
                return cursor.move(action);
            }
        }
        return true;
    }

    private boolean toolsOffered() {
        if (thread.moderatorTools() && forum.tools() != null) {
            return true;
        }
        ui.message(ui.texts().get("tui.forum.tools.none"));
        return false;
    }

    /** x: marks the floor (or floor N#) for the thread tools, or unmarks it. */
    private void mark(int count) {
        if (toolsOffered()) {
            floor(count).ifPresentOrElse(f -> {
                if (!marked.remove(f.pid())) {
                    marked.add(f.pid());
                }
                ui.message(ui.texts().get("tui.forum.tools.marked", String.valueOf(marked.size())));
            }, this::noFloor);
        }
    }

    /** m: the thread tools, on the marked floors of this page or else the floor under the cursor (or N#). */
    private void tools(int count) {
        if (!toolsOffered()) {
            return;
        }
        List<Floor> targets = thread.floors().stream().filter(f -> marked.contains(f.pid())).toList();
        if (targets.isEmpty() || count > 0) {
            targets = floor(count).map(List::of).orElse(List.of());
        }
        ui.push(new ThreadToolsMenu(ui, forum, this, targets));
    }

    /** After a thread tool: the marks go, and the thread is read again (or left, when it was deleted). */
    void toolUsed(dev.fenghuang.model.forum.ThreadTool tool, dev.fenghuang.model.forum.ToolResult result) {
        marked.clear();
        boolean threadGone = tool instanceof dev.fenghuang.model.forum.ThreadTool.DeletePosts d && result.allApplied()
                && thread.floors().stream().anyMatch(f -> f.number() == 1 && d.pids().contains(f.pid()));
        if (threadGone) {
            ui.back();
        } else {
            load(page, false);
        }
    }

    private void noFloor() {
        ui.message(ui.texts().get("tui.forum.noSuchFloor"));
    }

    private void turn(int wanted) {
        if (wanted < 1 || wanted > thread.pageCount()) {
            ui.message(ui.texts().get(wanted < 1 ? "tui.firstPage" : "tui.lastPage"));
        } else {
            load(wanted, false);
        }
    }

    /** 只看该作者: the floor's author alone, or every floor again. */
    private void toggleAuthor(int count) {
        if (author > 0) {
            author = 0;
            load(1, false);
            return;
        }
        floor(count).filter(f -> f.author().uid() > 0).ifPresentOrElse(f -> {
            author = f.author().uid();
            load(1, false);
        }, this::noFloor);
    }

    /** ":12" goes to floor 12#, ":p3" to page 3. */
    void jump(String input) {
        String s = input.strip().toLowerCase(java.util.Locale.ROOT).replace("#", "");
        try {
            if (s.startsWith("p")) {
                turn(Integer.parseInt(s.substring(1).strip()));
                return;
            }
            int n = Integer.parseInt(s);
            if (n < 1) {
                throw new NumberFormatException(s);
            }
            if (!showFloor(n)) {
                int wanted = author > 0 ? 1 : (n - 1) / perPage + 1;
                pendingFloor = n;
                turn(Math.min(wanted, Math.max(1, thread.pageCount())));
            }
        } catch (NumberFormatException e) {
            ui.error(ui.texts().get("tui.forum.jump.bad"));
        }
    }

    /** Puts floor {@code n}# of this page at the top; false when the page does not hold it. */
    private boolean showFloor(int n) {
        for (int i = 0; i < thread.floors().size(); i++) {
            if (thread.floors().get(i).number() == n) {
                cursor.show(i);
                return true;
            }
        }
        return false;
    }

    /** The boards above the thread as its page names them (div#pt), else as the list it was opened from did. */
    @Override
    public List<String> breadcrumb() {
        List<String> pageBoards = thread == null ? List.of() : thread.breadcrumb().stream()
                .filter(b -> !b.category()).map(dev.fenghuang.model.forum.BoardLink::name).toList();
        List<String> out = new ArrayList<>(pageBoards.isEmpty() ? crumbs : pageBoards);
        out.add(thread == null || thread.subject().isEmpty() ? title : thread.subject());
        return out;
    }

    @Override
    public String position() {
        if (thread == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(page), String.valueOf(thread.pageCount())) + "  "
                + text.position(ui.bodyHeight());
    }

    @Override
    public String link() {
        return forum.source().link(tid, page);
    }

    @Override
    public String reference(int n) {
        if (layout == null || n < 1 || n > layout.references().size()) {
            return null;
        }
        String url = layout.references().get(n - 1);
        return url.isEmpty() ? null : url;
    }

    @Override
    public boolean search(String query, boolean forward) {
        return text.search(query, forward);
    }

    @Override
    public boolean blank() {
        return thread == null;
    }

    @Override
    public void reload() {
        load(page, false);
    }
}
