package dev.fenghuang.tui.read;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.image.ImageSlot;
import dev.fenghuang.tui.image.Pictures;
import dev.fenghuang.tui.text.ScrolledText;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.app.image.ImageBudget;
import dev.fenghuang.app.image.ImageDeferred;
import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.model.Image;
import dev.fenghuang.tui.image.ImageStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.fenghuang.tui.image.Placement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The article reader: the article laid out for the window's width (at most the configured width, centred when
 * the window is wider), scrolled by line or page, its pages turned with [ and ]. Once the comments are on screen,
 * j and k move between them (the selected one is what quote, edit and delete act on) and scroll as they go.
 * Images are fetched in the background once the text shows and drawn in place as they come; one over the
 * article's budget stays a placeholder until {@code N i} (or {@code i}) asks for it.
 */
public final class ArticleView implements View {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ArticleView.class);
    private final Ui ui;
    private final long aid;
    private final Supplier<OptionalLong> nextInList;
    private final ScrolledText text;
    private Article article;
    private ArticleLayout layout;
    private int laidOutWidth = -1;
    private int lastWidth;
    private int page = 1;
    private int selected = -1;
    private boolean shown;
    private final Map<String, ImageSlot> slots = new HashMap<>();
    private final ImageBudget budget;

    /**
     * @param nextInList the article after this one in the list it was opened from, to prefetch; empty for none
     */
    public ArticleView(Ui ui, long aid, Supplier<OptionalLong> nextInList) {
        this.ui = ui;
        this.aid = aid;
        this.nextInList = nextInList;
        this.text = new ScrolledText(ui);
        this.budget = ui.options().images().budget();
        this.lastWidth = ui.bodyWidth();
        load(1, false);
    }

    public long aid() {
        return aid;
    }

    public Article article() {
        return article;
    }

    private void load(int wanted, boolean refresh) {
        ui.load(() -> ui.reader().article(aid, wanted, refresh), a -> {
            boolean samePage = article != null && a.page() == page;
            article = a;
            page = a.page();
            ui.reader().marks().opened(aid, a.commentCount());
            relayout(samePage);
            fetchPictures(refresh);
            prefetchNext();
            if (!shown) {
                shown = true;
                ui.articleShown(aid);
            }
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

    /** Starts fetching the page's images not fetched yet, each within the article's budget. */
    private void fetchPictures(boolean refresh) {
        if (ui.options().images().style() == ImageStyle.NONE) {
            return;
        }
        for (Image i : article.images()) {
            if (refresh || !slots.containsKey(i.url())) {
                fetchPicture(i.url(), budget, refresh);
            }
        }
    }

    private void fetchPicture(String url, ImageBudget within, boolean refresh) {
        slots.put(url, new ImageSlot.Loading());
        String page = article.url();
        ui.quietly(() -> ui.reader().picture(url, page, within, refresh),
                p -> settle(url, new ImageSlot.Drawn(p)), e -> settle(url, placeholder(e)));
    }

    private ImageSlot placeholder(Throwable e) {
        if (e instanceof ImageDeferred) {
            return new ImageSlot.Placeholder(ui.texts().get("tui.picture.slow"), true);
        }
        log.debug("image not shown: {}", e.toString());
        return new ImageSlot.Placeholder(ui.texts().get(e instanceof UnreadableImage ? "tui.picture.bad"
                : "tui.picture.failed"));
    }

    private void settle(String url, ImageSlot slot) {
        slots.put(url, slot);
        if (article != null && layout != null) {
            relayout(true);
        }
    }

    /** Fetches image [n] (or, for 0, every image not drawn) without the budget; false when there is none. */
    private boolean showPictures(int n) {
        if (ui.options().images().style() == ImageStyle.NONE) {
            ui.message(ui.texts().get("tui.picture.off"));
            return true;
        }
        String wanted = n > 0 ? reference(n) : null;
        boolean any = false;
        for (Image i : article.images()) {
            boolean drawn = slots.get(i.url()) instanceof ImageSlot.Drawn;
            if (n > 0 ? i.url().equals(wanted) : !drawn) {
                fetchPicture(i.url(), ImageBudget.onDemand(), !drawn);
                any = true;
            }
        }
        if (!any) {
            ui.message(ui.texts().get(n > 0 ? "tui.noReference" : "tui.picture.none", String.valueOf(n)));
        }
        return true;
    }

    private void relayout(boolean keepPlace) {
        layout = ArticleLayout.of(article, contentWidth(lastWidth), ui.texts(), ui.breaker(),
                new Pictures(slots, ui.options().images().style(), Math.max(4, Math.min(24, ui.bodyHeight() - 4))));
        laidOutWidth = lastWidth;
        text.show(layout.lines(), keepPlace);
        selected = Math.min(selected, layout.commentLines().size() - 1);
        text.mark(selected < 0 ? -1 : layout.commentLines().get(selected));
    }

    private int contentWidth(int width) {
        return width < 24 ? width : Math.min(width - 2, ui.options().maxWidth());
    }

    @Override
    public boolean blank() {
        return article == null;
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
    public List<Placement> placements() {
        return text.placements();
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (article == null) {
            return false;
        }
        if (selected >= 0 && !onScreen(layout.commentLines().get(selected))) {
            select(-1);
        }
        if ((action == KeyAction.DOWN || action == KeyAction.UP) && selectComment(action == KeyAction.DOWN)) {
            return true;
        }
        if (text.handle(action)) {
            if (selected >= 0 && !onScreen(layout.commentLines().get(selected))) {
                select(-1);
            }
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
            case SHOW_IMAGE -> {
                return showPictures(count);
            }
            case NEXT_PAGE -> turn(1);
            case PREVIOUS_PAGE -> turn(-1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Moves the selection between comments; false when the key should scroll instead. */
    private boolean selectComment(boolean down) {
        List<Integer> starts = layout.commentLines();
        if (starts.isEmpty()) {
            return false;
        }
        if (selected < 0) {
            if (!down || !onScreen(starts.get(0))) {
                return false;
            }
            int first = 0;
            while (first + 1 < starts.size() && starts.get(first) < text.top()) {
                first++;
            }
            select(first);
            return true;
        }
        if (down && selected + 1 >= starts.size() || !down && selected == 0) {
            select(down ? selected : -1);
            return false;
        }
        select(selected + (down ? 1 : -1));
        return true;
    }

    private void select(int index) {
        selected = index;
        if (index < 0) {
            text.mark(-1);
            return;
        }
        List<Integer> starts = layout.commentLines();
        int start = starts.get(index);
        int end = index + 1 < starts.size() ? starts.get(index + 1) - 1 : text.size() - 1;
        text.mark(start);
        text.reveal(start, end);
    }

    private boolean onScreen(int line) {
        return line >= text.top() && line < text.top() + ui.bodyHeight();
    }

    /**
     * The comment a write acts on: number {@code n} on this page when one was typed, else the selected one.
     */
    public Optional<Comment> comment(int n) {
        if (article == null) {
            return Optional.empty();
        }
        List<Comment> all = article.comments();
        int index = n > 0 ? n - 1 : selected;
        if (index < 0 || index >= all.size()) {
            return Optional.empty();
        }
        if (n > 0) {
            select(index);
        }
        return Optional.of(all.get(index));
    }

    /** What a number typed in this view can do next, for the status bar; null when nothing. */
    public String countHint(int n) {
        if (article == null || n <= 0) {
            return null;
        }
        String reaction = n <= article.reactions().size() ? ui.texts().get("tui.count.react",
                TerminalText.clean(article.reactions().get(n - 1).name())) : "";
        String reference = n <= layout.references().size() ? ui.texts().get("tui.count.reference") : "";
        String comment = n <= article.comments().size() ? ui.texts().get("tui.count.comment") : "";
        String picture = reference(n) != null && article.images().stream().anyMatch(i -> i.url().equals(reference(n)))
                ? ui.texts().get("tui.count.picture") : "";
        String all = String.join("  ", List.of(reaction, reference, picture, comment).stream().filter(t -> !t.isEmpty())
                .toList());
        return all.isEmpty() ? null : n + ": " + all;
    }

    /** A click on a comment selects it; on the comment count it opens all comments. */
    @Override
    public void click(int column, int row) {
        if (article == null) {
            return;
        }
        int line = text.top() + row;
        if (line >= text.size()) {
            return;
        }
        if (line == layout.commentsLine()) {
            openComments();
            return;
        }
        List<Integer> starts = layout.commentLines();
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (starts.get(i) <= line) {
                select(i);
                return;
            }
        }
    }

    /** The wheel scrolls the text, never the comment selection, which goes when its comment leaves the window. */
    @Override
    public void wheel(int column, int row, int lines) {
        if (article == null) {
            return;
        }
        KeyAction step = lines > 0 ? KeyAction.DOWN : KeyAction.UP;
        for (int i = 0; i < Math.abs(lines); i++) {
            text.handle(step);
        }
        if (selected >= 0 && !onScreen(layout.commentLines().get(selected))) {
            select(-1);
        }
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
