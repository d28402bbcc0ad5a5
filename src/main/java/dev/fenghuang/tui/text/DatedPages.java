package dev.fenghuang.tui.text;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.TimeText;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A site's list of dated entries a page at a time, one row an entry (its day, then its title), with the selection,
 * the paging keys, clicks, search and the position on the page. The favourites views (articles, threads) show
 * theirs in one; what a page is read from and what an entry opens is theirs.
 *
 * @param <T> an entry
 */
public final class DatedPages<T> {

    private final Ui ui;
    private final Function<T, LocalDateTime> time;
    private final Function<T, String> title;
    private final String noneKey;
    private final IntConsumer load;
    private final PickList list;
    private List<T> entries;
    private int page = 1;
    private int pageCount;

    /**
     * @param time an entry's time, null when the site shows none
     * @param title an entry's title as the site gave it
     * @param noneKey the text key of the row shown for a page with no entries
     * @param load reads the page asked for and hands it to {@link #show}
     */
    public DatedPages(Ui ui, Function<T, LocalDateTime> time, Function<T, String> title, String noneKey,
                      IntConsumer load) {
        this.ui = ui;
        this.time = time;
        this.title = title;
        this.noneKey = noneKey;
        this.load = load;
        this.list = new PickList(ui.painter());
    }

    /** Shows a page that was read; the selection stays where the same page came again. */
    public void show(int newPage, int newPageCount, List<T> newEntries) {
        boolean same = entries != null && newPage == page;
        entries = newEntries;
        page = Math.max(1, newPage);
        pageCount = newPageCount;
        List<StyledLine> rows = new ArrayList<>();
        for (T entry : entries) {
            LocalDateTime at = time.apply(entry);
            String day = at == null ? "          " : TimeText.day(at);
            rows.add(StyledLine.of(new StyledLine.Span(day + " ", Style.META),
                    new StyledLine.Span(TerminalText.clean(title.apply(entry)), Style.NORMAL)));
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(ui.texts().get(noneKey), Style.META));
        }
        list.show(rows, same);
    }

    /** Whether a page was shown yet. */
    public boolean loaded() {
        return entries != null;
    }

    /** The page shown (the one asked for before any came). */
    public int page() {
        return page;
    }

    /** The entry selected, null when none is shown. */
    public T selected() {
        if (entries == null || entries.isEmpty()) {
            return null;
        }
        return entries.get(Math.min(list.selected(), entries.size() - 1));
    }

    public void draw(TextGraphics g, int width, int height) {
        list.draw(g, 0, width, height, true);
    }

    /** Moves the selection, or turns the page ([ and ]); false for any other key. */
    public boolean handle(KeyAction action) {
        if (list.handle(action, ui.bodyHeight())) {
            return true;
        }
        if (action == KeyAction.NEXT_PAGE || action == KeyAction.PREVIOUS_PAGE) {
            turn(action == KeyAction.NEXT_PAGE ? 1 : -1);
            return true;
        }
        return false;
    }

    /** A click on an entry selects it; on the selected one, {@code open} runs as Enter would. */
    public void click(int row, Runnable open) {
        int i = entries == null || entries.isEmpty() ? -1 : list.rowAt(row);
        if (i < 0) {
            return;
        }
        if (i == list.selected()) {
            open.run();
        } else {
            list.select(i);
        }
    }

    private void turn(int by) {
        int wanted = page + by;
        if (wanted < 1) {
            ui.message(ui.texts().get("tui.firstPage"));
        } else if (wanted > pageCount) {
            ui.message(ui.texts().get("tui.lastPage"));
        } else {
            load.accept(wanted);
        }
    }

    /** "page N/M" and the place in the list; "" before a page came. */
    public String position() {
        if (entries == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(page), String.valueOf(Math.max(1, pageCount)))
                + "  " + list.position();
    }

    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }
}
