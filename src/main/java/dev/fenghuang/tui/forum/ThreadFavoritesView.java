package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.forum.ThreadFavorite;
import dev.fenghuang.model.forum.ThreadFavorites;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** F in the forum tab: the threads among the member's favourites, a site page at a time; Enter opens one. */
final class ThreadFavoritesView implements View {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final UiLoop ui;
    private final ForumParts forum;
    private final PickList list;
    private ThreadFavorites favorites;
    private int page = 1;

    ThreadFavoritesView(UiLoop ui, ForumParts forum) {
        this.ui = ui;
        this.forum = forum;
        this.list = new PickList(ui.painter());
        load(1);
    }

    /** Opens the view, or says why there is none (no session to ask with). */
    static void open(UiLoop ui, ForumParts forum) {
        if (forum.favorites() == null) {
            ui.message(ui.texts().get("tui.forum.writeUnavailable"));
        } else {
            ui.open(new ThreadFavoritesView(ui, forum));
        }
    }

    private void load(int wanted) {
        ui.load(() -> forum.favorites().list(wanted), f -> {
            boolean same = favorites != null && f.page() == page;
            favorites = f;
            page = Math.max(1, f.page());
            List<StyledLine> rows = new ArrayList<>();
            for (ThreadFavorite fav : f.favorites()) {
                String day = fav.time() == null ? "          " : DAY.format(fav.time());
                rows.add(StyledLine.of(new StyledLine.Span(day + " ", Style.META),
                        new StyledLine.Span(TerminalText.clean(fav.subject()), Style.NORMAL)));
            }
            if (rows.isEmpty()) {
                rows.add(StyledLine.of(ui.texts().get("tui.forum.noFavorites"), Style.META));
            }
            list.show(rows, same);
        });
    }

    private ThreadFavorite selected() {
        if (favorites == null || favorites.favorites().isEmpty()) {
            return null;
        }
        return favorites.favorites().get(Math.min(list.selected(), favorites.favorites().size() - 1));
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get("tui.forum.title"), ui.texts().get("tui.forum.favorites"));
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        list.draw(g, 0, width, height, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (favorites == null) {
            return action != KeyAction.BACK;
        }
        if (list.handle(action, ui.bodyHeight())) {
            return true;
        }
        ThreadFavorite f = selected();
        switch (action) {
            case OPEN -> {
                if (f != null && f.tid() > 0) {
                    ui.open(new ThreadView(ui, forum, f.tid(), 1, breadcrumb(), f.subject()));
                }
            }
            case NEXT_PAGE, PREVIOUS_PAGE -> turn(action == KeyAction.NEXT_PAGE ? 1 : -1);
            case FAVORITES -> reload();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void click(int column, int row) {
        int i = favorites == null || favorites.favorites().isEmpty() ? -1 : list.rowAt(row);
        if (i < 0) {
            return;
        }
        if (i == list.selected()) {
            handle(KeyAction.OPEN, 0);
        } else {
            list.select(i);
        }
    }

    private void turn(int by) {
        int wanted = page + by;
        if (wanted < 1) {
            ui.message(ui.texts().get("tui.firstPage"));
        } else if (wanted > favorites.pageCount()) {
            ui.message(ui.texts().get("tui.lastPage"));
        } else {
            load(wanted);
        }
    }

    @Override
    public String position() {
        if (favorites == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(page), String.valueOf(Math.max(1, favorites.pageCount())))
                + "  " + list.position();
    }

    @Override
    public String link() {
        ThreadFavorite f = selected();
        return f == null ? null : forum.source().link(f.tid(), 1);
    }

    @Override
    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }

    @Override
    public boolean blank() {
        return favorites == null;
    }

    @Override
    public void reload() {
        load(page);
    }
}
