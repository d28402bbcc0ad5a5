package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The article reader: the article laid out for the window's width (at most the configured width, centred when
 * the window is wider), scrolled by line or page, its pages turned with [ and ].
 */
final class ArticleView implements View {
    private final Ui ui;
    private final long aid;
    private final Supplier<OptionalLong> nextInList;
    private final ScrolledText text;
    private Article article;
    private ArticleLayout layout;
    private int laidOutWidth = -1;
    private int lastWidth;
    private int page = 1;

    /**
     * @param nextInList the article after this one in the list it was opened from, to prefetch; empty for none
     */
    ArticleView(Ui ui, long aid, Supplier<OptionalLong> nextInList) {
        this.ui = ui;
        this.aid = aid;
        this.nextInList = nextInList;
        this.text = new ScrolledText(ui);
        this.lastWidth = ui.bodyWidth();
        load(1, false);
    }

    long aid() {
        return aid;
    }

    Article article() {
        return article;
    }

    private void load(int wanted, boolean refresh) {
        ui.load(() -> ui.reader().article(aid, wanted, refresh), a -> {
            boolean samePage = article != null && a.page() == page;
            article = a;
            page = a.page();
            relayout(samePage);
            prefetchNext();
        });
    }

    private void prefetchNext() {
        if (!ui.options().prefetch()) {
            return;
        }
        OptionalLong next = nextInList.get();
        if (next.isPresent() && !ui.reader().hasArticle(next.getAsLong(), 1)) {
            ui.prefetch(() -> ui.reader().article(next.getAsLong(), 1, false));
        }
    }

    private void relayout(boolean keepPlace) {
        layout = ArticleLayout.of(article, contentWidth(lastWidth), ui.texts(), ui.breaker());
        laidOutWidth = lastWidth;
        text.show(layout.lines(), keepPlace);
    }

    private int contentWidth(int width) {
        return width < 24 ? width : Math.min(width - 2, ui.options().maxWidth());
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        lastWidth = width;
        if (article != null && width != laidOutWidth) {
            relayout(true);
        }
        int margin = Math.max(0, (width - contentWidth(width)) / 2);
        text.draw(g, margin, width, height);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (article == null) {
            return false;
        }
        if (text.handle(action)) {
            return true;
        }
        switch (action) {
            case COMMENTS -> openComments();
            case OPEN -> {
                int c = layout.commentsLine();
                if (c < text.top() || c >= text.top() + ui.bodyHeight()) {
                    return false;
                }
                openComments();
            }
            case NEXT_PAGE -> turn(1);
            case PREVIOUS_PAGE -> turn(-1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void openComments() {
        ui.open(new CommentsView(ui, aid, article.title(), article.url()));
    }

    private void turn(int by) {
        int wanted = page + by;
        if (wanted < 1) {
            ui.message(ui.texts().get("tui.firstPage"));
        } else if (wanted > article.pageCount()) {
            ui.message(ui.texts().get("tui.lastPage"));
        } else {
            load(wanted, false);
        }
    }

    @Override
    public List<String> breadcrumb() {
        if (article == null) {
            return List.of("aid " + aid);
        }
        List<Category> chain = article.breadcrumb().isEmpty() && article.category() != null
                ? List.of(article.category()) : article.breadcrumb();
        return chain.stream().map(Category::name).toList();
    }

    @Override
    public String position() {
        if (article == null) {
            return "";
        }
        String pages = article.pageCount() > 1
                ? ui.texts().get("tui.page", String.valueOf(page), String.valueOf(article.pageCount())) + "  " : "";
        return pages + text.position(ui.bodyHeight());
    }

    @Override
    public String link() {
        return article == null ? null : article.url();
    }

    @Override
    public String reference(int n) {
        return layout == null || n < 1 || n > layout.references().size() ? null : layout.references().get(n - 1);
    }

    @Override
    public boolean search(String query, boolean forward) {
        return text.search(query, forward);
    }

    @Override
    public void reload() {
        load(page, true);
    }

    /** The laid-out lines, for tests. */
    List<StyledLine> lines() {
        return layout == null ? List.of() : layout.lines();
    }
}
