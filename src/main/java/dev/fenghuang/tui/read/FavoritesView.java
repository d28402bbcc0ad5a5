package dev.fenghuang.tui.read;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.DatedPages;
import dev.fenghuang.tui.write.Writes;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Favorite;
import java.util.List;
import java.util.OptionalLong;

/** The member's favourites, a site page at a time: Enter opens the article, d removes one after a question. */
public final class FavoritesView implements View {
    private final Ui ui;
    private final Writes writes;
    private final DatedPages<Favorite> pages;

    public FavoritesView(Ui ui, Writes writes) {
        this.ui = ui;
        this.writes = writes;
        this.pages = new DatedPages<>(ui, Favorite::time, Favorite::title, "favorite.none", this::load);
        load(1);
    }

    private void load(int wanted) {
        writes.favorites(wanted, f -> pages.show(f.page(), f.pageCount(), f.favorites()));
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get("tui.favorites"));
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        pages.draw(g, width, height);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (!pages.loaded()) {
            return false;
        }
        if (pages.handle(action)) {
            return true;
        }
        Favorite f = pages.selected();
        switch (action) {
            case OPEN -> {
                if (f != null && f.aid() > 0) {
                    ui.open(new ArticleView(ui, f.aid(), OptionalLong::empty));
                }
            }
            case REMOVE -> {
                if (f != null) {
                    writes.unfavorite(f, () -> load(pages.page()));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A click on a favourite selects it, on the selected one opens it as Enter does. */
    @Override
    public void click(int column, int row) {
        pages.click(row, () -> handle(KeyAction.OPEN, 0));
    }

    @Override
    public String position() {
        return pages.position();
    }

    @Override
    public String link() {
        Favorite f = pages.selected();
        return f == null ? null : f.url();
    }

    @Override
    public boolean search(String query, boolean forward) {
        return pages.search(query, forward);
    }

    @Override
    public void reload() {
        load(pages.page());
    }
}
