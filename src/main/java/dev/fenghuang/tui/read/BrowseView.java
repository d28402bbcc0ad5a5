package dev.fenghuang.tui.read;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.TwoPanes;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The first screen: the category tree beside the article list when the window is wide, one of them at a time when
 * it is narrow. Enter on a category shows its articles; back from the articles returns to the tree.
 */
public final class BrowseView implements View {
    private final Ui ui;
    private final SectionsPane sections;
    private final ArticleListPane articles;
    private final TwoPanes panes;
    private boolean started;

    public BrowseView(Ui ui) {
        this.ui = ui;
        this.articles = new ArticleListPane(ui);
        this.sections = new SectionsPane(ui, this::openSection);
        this.panes = new TwoPanes(ui, sections, articles);
    }

    /**
     * Loads the tree, the first time the view is drawn (so an article opened at start-up is not slowed by it); in a
     * wide window the first category's articles are shown beside it.
     */
    private void start() {
        started = true;
        sections.load(false, this::treeLoaded);
    }

    /** In a wide window with no list shown yet, the first category's articles go beside the tree. */
    private void treeLoaded() {
        Section first = sections.selected();
        if (first != null && !articles.loaded() && !panes.listFocused() && TwoPanes.wide(ui.bodyWidth())) {
            articles.load(first.id(), 1, false);
        }
    }

    /**
     * The tree is shown again (back from the list, back from a view above): if a cancel dropped its load (a q that
     * left the list while the tree still loaded), it loads again rather than staying blank.
     */
    @Override
    public void shownAgain() {
        if (started) {
            sections.loadIfDropped(this::treeLoaded);
        }
    }

    /** Shows a category's articles once they are loaded; until then (and when the load fails) the tree stays. */
    private void openSection(Section s) {
        articles.load(s.id(), 1, false, () -> panes.focusList(true));
    }

    /** Shows a category's articles (the go-to command). */
    public void openCategory(int catid) {
        if (!started) {
            start();
        }
        sections.select(catid);
        articles.load(catid, 1, false, () -> panes.focusList(true));
    }

    /** Shows the page of a category's articles that lists the article {@code aid}, with it selected. */
    public void openCategory(int catid, long aid) {
        if (!started) {
            start();
        }
        sections.select(catid);
        articles.loadWith(catid, aid, () -> panes.focusList(true));
    }

    @Override
    public void beforeFirstDraw() {
        if (!started) {
            start();
        }
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        if (!started) {
            start();
        }
        panes.draw(g, width, height);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        boolean fromList = panes.listFocused();
        boolean handled = panes.handle(action);
        if (fromList && !panes.listFocused()) {
            shownAgain();
        }
        return handled;
    }

    @Override
    public void click(int column, int row) {
        panes.click(column, row);
    }

    @Override
    public void wheel(int column, int row, int lines) {
        panes.pointedAt(column);
        View.super.wheel(column, row, lines);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        if (panes.listFocused() || TwoPanes.wide(ui.bodyWidth())) {
            crumbs.addAll(articles.breadcrumb());
        }
        if (crumbs.isEmpty()) {
            crumbs.add(ui.texts().get("tui.sections"));
        }
        return crumbs;
    }

    @Override
    public String position() {
        return panes.position();
    }

    @Override
    public String link() {
        return panes.link();
    }

    @Override
    public boolean search(String query, boolean forward) {
        return panes.search(query, forward);
    }

    @Override
    public void reload() {
        if (panes.listFocused()) {
            articles.reload();
        } else {
            sections.load(true, () -> { });
        }
    }

    boolean listFocused() {
        return panes.listFocused();
    }
}
