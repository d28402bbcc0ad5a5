package dev.fenghuang.tui.read;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The first screen: the category tree beside the article list when the window is wide, one of them at a time when
 * it is narrow. Enter on a category shows its articles; back from the articles returns to the tree.
 */
public final class BrowseView implements View {
    /** Windows at least this wide show both panes. */
    static final int TWO_PANES = 100;

    private final Ui ui;
    private final SectionsPane sections;
    private final ArticleListPane articles;
    private boolean listFocused;
    private boolean started;

    public BrowseView(Ui ui) {
        this.ui = ui;
        this.articles = new ArticleListPane(ui);
        this.sections = new SectionsPane(ui, this::openSection);
    }

    /**
     * Loads the tree, the first time the view is drawn (so an article opened at start-up is not slowed by it); in a
     * wide window the first category's articles are shown beside it.
     */
    private void start() {
        started = true;
        sections.load(false, () -> {
            Section first = sections.selected();
            if (first != null && !articles.loaded() && !listFocused && ui.bodyWidth() >= TWO_PANES) {
                articles.load(first.id(), 1, false);
            }
        });
    }

    /** Shows a category's articles once they are loaded; until then (and when the load fails) the tree stays. */
    private void openSection(Section s) {
        articles.load(s.id(), 1, false, () -> listFocused = true);
    }

    /** Shows a category's articles (the go-to command). */
    public void openCategory(int catid) {
        if (!started) {
            start();
        }
        sections.select(catid);
        articles.load(catid, 1, false, () -> listFocused = true);
    }

    /** Shows the page of a category's articles that lists the article {@code aid}, with it selected. */
    public void openCategory(int catid, long aid) {
        if (!started) {
            start();
        }
        sections.select(catid);
        articles.loadWith(catid, aid, () -> listFocused = true);
    }

    private boolean twoPanes(int width) {
        return width >= TWO_PANES;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        if (!started) {
            start();
        }
        if (!twoPanes(width)) {
            if (listFocused) {
                articles.draw(g, 0, width, height, true, false);
            } else {
                sections.draw(g, 0, width, height, true);
            }
            return;
        }
        int left = Math.min(32, width / 3);
        sections.draw(g, 0, left, height, !listFocused);
        RowPainter painter = ui.painter();
        String bar = ui.breaker().widths().ambiguousWide() ? "|" : "│";
        for (int r = 0; r < height; r++) {
            painter.paint(g, left, r, 1, StyledLine.of(bar, Style.META), Style.NORMAL);
        }
        articles.draw(g, left + 1, width - left - 1, height, listFocused, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        int height = ui.bodyHeight();
        if (listFocused) {
            if (action == KeyAction.BACK) {
                listFocused = false;
                return true;
            }
            return articles.handle(action, height);
        }
        if (action == KeyAction.OPEN && !sections.loaded()) {
            return true;
        }
        return sections.handle(action, height);
    }

    /** In two panes, the pointer's pane takes the focus; in one, the pane shown is the one under it. */
    private void focusAt(int column) {
        int width = ui.bodyWidth();
        if (twoPanes(width)) {
            int left = Math.min(32, width / 3);
            if (column != left) {
                listFocused = column > left && articles.loaded();
            }
        }
    }

    @Override
    public void click(int column, int row) {
        focusAt(column);
        if (listFocused) {
            articles.click(row, ui.bodyHeight());
        } else if (sections.loaded()) {
            sections.click(row, ui.bodyHeight());
        }
    }

    @Override
    public void wheel(int column, int row, int lines) {
        focusAt(column);
        View.super.wheel(column, row, lines);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        if (listFocused || twoPanes(ui.bodyWidth())) {
            crumbs.addAll(articles.breadcrumb());
        }
        if (crumbs.isEmpty()) {
            crumbs.add(ui.texts().get("tui.sections"));
        }
        return crumbs;
    }

    @Override
    public String position() {
        return listFocused ? articles.position() : sections.position();
    }

    @Override
    public String link() {
        return listFocused ? articles.link() : null;
    }

    @Override
    public boolean search(String query, boolean forward) {
        return listFocused ? articles.search(query, forward) : sections.search(query, forward);
    }

    @Override
    public void reload() {
        if (listFocused) {
            articles.reload();
        } else {
            sections.load(true, () -> { });
        }
    }

    boolean listFocused() {
        return listFocused;
    }
}
