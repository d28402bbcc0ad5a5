package dev.fenghuang.tui.read;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.write.Writes;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Favorite;
import dev.fenghuang.model.FavoriteList;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The member's favourites, a site page at a time: Enter opens the article, d removes one after a question. */
public final class FavoritesView implements View {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Ui ui;
    private final Writes writes;
    private final PickList list;
    private FavoriteList favorites;
    private int page = 1;

    public FavoritesView(Ui ui, Writes writes) {
        this.ui = ui;
        this.writes = writes;
        this.list = new PickList(ui.painter());
        load(1);
    }

    private void load(int wanted) {
        writes.favorites(wanted, f -> {
            boolean same = favorites != null && f.page() == page;
            favorites = f;
            page = Math.max(1, f.page());
            List<StyledLine> rows = new ArrayList<>();
            for (Favorite fav : f.favorites()) {
                String day = fav.time() == null ? "          " : DAY.format(fav.time());
                rows.add(StyledLine.of(new StyledLine.Span(day + " ", Style.META),
                        new StyledLine.Span(TerminalText.clean(fav.title()), Style.NORMAL)));
            }
            if (rows.isEmpty()) {
                rows.add(StyledLine.of(ui.texts().get("favorite.none"), Style.META));
            }
            list.show(rows, same);
        });
    }

    private Favorite selected() {
        if (favorites == null || favorites.favorites().isEmpty()) {
            return null;
        }
        return favorites.favorites().get(Math.min(list.selected(), favorites.favorites().size() - 1));
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get("tui.favorites"));
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        list.draw(g, 0, width, height, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (favorites == null) {
            return false;
        }
        if (list.handle(action, ui.bodyHeight())) {
            return true;
        }
        Favorite f = selected();
        switch (action) {
            case OPEN -> {
                if (f != null && f.aid() > 0) {
                    ui.open(new ArticleView(ui, f.aid(), OptionalLong::empty));
                }
            }
            case REMOVE -> {
                if (f != null) {
                    writes.unfavorite(f, () -> load(page));
                }
            }
            case NEXT_PAGE, PREVIOUS_PAGE -> turn(action == KeyAction.NEXT_PAGE ? 1 : -1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A click on a favourite selects it, on the selected one opens it as Enter does. */
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
        Favorite f = selected();
        return f == null ? null : f.url();
    }

    @Override
    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }

    @Override
    public void reload() {
        load(page);
    }
}
