package dev.fenghuang.tui.read;

import dev.fenghuang.app.store.ReadState;
import dev.fenghuang.model.TimeText;
import dev.fenghuang.tui.TwoPanes;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a category's articles, date and title a row; Enter opens the article, [ and ] turn the page. Drawn
 * wide (the window 100 columns or more), each entry has a second line: its comment count, when the reader knows it
 * (the list page gives none; an article read once gives it), and its summary.
 */
final class ArticleListPane implements TwoPanes.ListPane {

    /** Before the title of an article never read. */
    static final String UNREAD_MARK = "* ";

    /** How many pages {@link #loadWith} reads at most looking for an article. */
    static final int PAGES_SEARCHED = 10;

    private final Ui ui;
    private final PickList list;
    private ArticleList articles;
    private int catid;
    private int page = 1;
    private boolean wide;
    /** The marks' change count the rows were built at: the rows are built again when it moved. */
    private long marksSeen = -1;

    ArticleListPane(Ui ui) {
        this.ui = ui;
        this.list = new PickList(ui.painter());
    }

    void load(int category, int wanted, boolean refresh) {
        load(category, wanted, refresh, () -> { });
    }

    /**
     * Loads a page of a category's articles, and the comment count of each article read before (through the cache;
     * {@code refresh} fetches them again); {@code shown} runs once it is on the pane (not when it failed).
     */
    void load(int category, int wanted, boolean refresh, Runnable shown) {
        ui.load(() -> {
            ArticleList l = ui.reader().list(category, wanted, refresh);
            ui.reader().readStates(l, refresh);
            return l;
        }, l -> {
            boolean same = articles != null && catid == category && page == l.page();
            catid = category;
            articles = l;
            page = l.page();
            showRows(same);
            shown.run();
        });
    }

    /** Builds the rows from the page and the read marks as they are now. */
    private void showRows(boolean keepSelection) {
        marksSeen = ui.reader().marks().changes();
        List<StyledLine> rows = new ArrayList<>();
        for (ArticleSummary s : articles.articles()) {
            rows.add(row(s, ui.reader().readState(s.aid())));
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(ui.texts().get("list.empty"), Style.META));
        }
        list.show(rows, details(articles.articles()), keepSelection);
    }

    /**
     * Date and title; an article never read has {@code *} before its title (bold), one with comments new since it
     * was read says how many: both readable without colour.
     */
    private StyledLine row(ArticleSummary s, ReadState state) {
        String day = s.published() == null ? "          " : TimeText.day(s.published());
        List<StyledLine.Span> spans = new ArrayList<>();
        spans.add(new StyledLine.Span(day + " ", Style.META));
        if (!state.read()) {
            spans.add(new StyledLine.Span(UNREAD_MARK, Style.TITLE));
        }
        if (state.newComments() > 0) {
            spans.add(new StyledLine.Span("[" + state.newCommentsText(ui.texts()) + "] ", Style.MATCH));
        }
        spans.add(new StyledLine.Span(TerminalText.clean(s.title()), state.read() ? Style.NORMAL : Style.TITLE));
        return StyledLine.of(spans.toArray(StyledLine.Span[]::new));
    }

    /** Each entry's second line: "评论 N · " when the count is known, then the summary's first line. */
    private List<StyledLine> details(List<ArticleSummary> all) {
        List<StyledLine> out = new ArrayList<>();
        for (ArticleSummary s : all) {
            OptionalLong comments = ui.reader().knownCommentCount(s.aid());
            String count = comments.isPresent()
                    ? ui.texts().get("tui.list.comments", String.valueOf(comments.getAsLong())) + ArticleLayout.DOT : "";
            String summary = TerminalText.clean(s.summary()).strip().replaceAll("\\s+", " ");
            out.add(StyledLine.of(new StyledLine.Span("           " + count, Style.META),
                    new StyledLine.Span(summary, Style.SUMMARY)));
        }
        return out;
    }

    @Override
    public boolean loaded() {
        return articles != null;
    }

    ArticleSummary selected() {
        if (articles == null || articles.articles().isEmpty()) {
            return null;
        }
        return articles.articles().get(Math.min(list.selected(), articles.articles().size() - 1));
    }

    /**
     * Shows the page of a category that lists {@code aid}, with it selected: the first page, then the next ones (at
     * most {@link #PAGES_SEARCHED}) until one lists it; the first page when none does. {@code shown} runs at the end.
     */
    void loadWith(int category, long aid, Runnable shown) {
        load(category, 1, false, () -> searchOn(category, aid, shown));
    }

    private void searchOn(int category, long aid, Runnable shown) {
        if (select(aid)) {
            shown.run();
        } else if (page < articles.pageCount() && page < PAGES_SEARCHED) {
            load(category, page + 1, false, () -> searchOn(category, aid, shown));
        } else if (page != 1) {
            load(category, 1, false, shown);
        } else {
            shown.run();
        }
    }

    /** Selects the article {@code aid} if this page lists it; returns whether it does. */
    boolean select(long aid) {
        List<ArticleSummary> all = articles == null ? List.of() : articles.articles();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).aid() == aid) {
                list.select(i);
                return true;
            }
        }
        return false;
    }

    /** The article after {@code aid} on this page, if any. */
    OptionalLong after(long aid) {
        List<ArticleSummary> all = articles == null ? List.of() : articles.articles();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).aid() == aid) {
                return OptionalLong.of(all.get(i + 1).aid());
            }
        }
        return OptionalLong.empty();
    }

    /** A click on screen row {@code row}: selects the row there, opens it when it was selected already. */
    @Override
    public void click(int row, int height) {
        int i = list.rowAt(row);
        if (i < 0) {
            return;
        }
        if (i == list.selected()) {
            handle(KeyAction.OPEN, height);
        } else {
            list.select(i);
        }
    }

    @Override
    public boolean handle(KeyAction action, int height) {
        if (articles == null) {
            return false;
        }
        switch (action) {
            case OPEN -> {
                ArticleSummary s = selected();
                if (s != null) {
                    ui.open(new ArticleView(ui, s.aid(), () -> after(s.aid())));
                }
                return true;
            }
            case NEXT_UNREAD -> {
                selectNextUnread();
                return true;
            }
            case MARK_LIST_READ -> {
                for (ArticleSummary s : articles.articles()) {
                    ui.reader().marks().markedRead(s.aid(), ui.reader().knownCommentCount(s.aid()));
                }
                showRows(true);
                ui.message(ui.texts().get("tui.unread.markedRead", String.valueOf(articles.articles().size())));
                return true;
            }
            case NEXT_PAGE, PREVIOUS_PAGE -> {
                int wanted = page + (action == KeyAction.NEXT_PAGE ? 1 : -1);
                if (wanted < 1 || wanted > articles.pageCount()) {
                    ui.message(ui.texts().get(wanted < 1 ? "tui.firstPage" : "tui.lastPage"));
                } else {
                    load(catid, wanted, false);
                }
                return true;
            }
            default -> {
                return list.handle(action, list.entries(height, wide));
            }
        }
    }

    /** Selects the next article after the selected one not read or with new comments, from the top past the end. */
    private void selectNextUnread() {
        List<ArticleSummary> all = articles.articles();
        for (int step = 1; step <= all.size(); step++) {
            int i = (list.selected() + step) % all.size();
            if (ui.reader().readState(all.get(i).aid()).unread()) {
                list.select(i);
                return;
            }
        }
        ui.message(ui.texts().get("tui.unread.none"));
    }

    /** @param wideWindow whether the window is wide enough (100 columns) for each entry's second line */
    @Override
    public void draw(TextGraphics g, int col, int width, int height, boolean focused, boolean wideWindow) {
        wide = wideWindow;
        if (articles != null && marksSeen != ui.reader().marks().changes()) {
            showRows(true);
        }
        list.draw(g, col, width, height, focused, wideWindow);
    }

    List<String> breadcrumb() {
        if (articles == null) {
            return List.of();
        }
        List<Category> chain = articles.breadcrumb().isEmpty() ? List.of(articles.category()) : articles.breadcrumb();
        return chain.stream().map(Category::name).toList();
    }

    @Override
    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }

    void reload() {
        if (articles != null) {
            load(catid, page, true);
        }
    }

    @Override
    public String position() {
        if (articles == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(page), String.valueOf(articles.pageCount())) + "  "
                + list.position();
    }

    @Override
    public String link() {
        ArticleSummary s = selected();
        return s == null ? null : s.url();
    }
}
