package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.forum.ThreadFavorite;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.DatedPages;
import java.util.List;

/** F in the forum tab: the threads among the member's favourites, a site page at a time; Enter opens one. */
final class ThreadFavoritesView implements View {
    private final UiLoop ui;
    private final ForumParts forum;
    private final DatedPages<ThreadFavorite> pages;

    ThreadFavoritesView(UiLoop ui, ForumParts forum) {
        this.ui = ui;
        this.forum = forum;
        this.pages = new DatedPages<>(ui, ThreadFavorite::time, ThreadFavorite::subject, "tui.forum.noFavorites",
                this::load);
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
        ui.load(() -> forum.favorites().list(wanted), f -> pages.show(f.page(), f.pageCount(), f.favorites()));
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get("tui.forum.title"), ui.texts().get("tui.forum.favorites"));
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        pages.draw(g, width, height);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (!pages.loaded()) {
            return action != KeyAction.BACK;
        }
        if (pages.handle(action)) {
            return true;
        }
        ThreadFavorite f = pages.selected();
        switch (action) {
            case OPEN -> {
                if (f != null && f.tid() > 0) {
                    ui.open(new ThreadView(ui, forum, f.tid(), 1, breadcrumb(), f.subject()));
                }
            }
            case FAVORITES -> reload();
            default -> {
                return false;
            }
        }
        return true;
    }

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
        ThreadFavorite f = pages.selected();
        return f == null ? null : forum.source().link(f.tid(), 1);
    }

    @Override
    public boolean search(String query, boolean forward) {
        return pages.search(query, forward);
    }

    @Override
    public boolean blank() {
        return !pages.loaded();
    }

    @Override
    public void reload() {
        load(pages.page());
    }
}
