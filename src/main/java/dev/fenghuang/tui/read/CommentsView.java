package dev.fenghuang.tui.read;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.ScrolledText;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.text.TextBlock;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.CommentList;
import java.util.List;

/**
 * All comments of an article, a site page (25 on most sites) at a time, turned with [ and ]. The keys scroll; a click
 * marks the comment under the pointer so the eye keeps its place (writes are done from the article).
 */
public final class CommentsView implements View {
    private final Ui ui;
    private final long aid;
    private final String title;
    private final String url;
    private final ScrolledText text;
    private CommentList comments;
    private int page = 1;
    private int lastWidth;
    private int laidOutWidth = -1;
    /** The line where each comment of the page starts, and every line, as last laid out. */
    private List<Integer> starts = List.of();
    private List<StyledLine> laidOut = List.of();
    private int selected = -1;

    CommentsView(Ui ui, long aid, String title, String url) {
        this.ui = ui;
        this.aid = aid;
        this.url = url;
        this.title = TerminalText.clean(title);
        this.text = new ScrolledText(ui);
        this.lastWidth = ui.bodyWidth();
        load(1, false);
    }

    private void load(int wanted, boolean refresh) {
        ui.load(() -> ui.reader().comments(aid, wanted, refresh), c -> {
            boolean samePage = comments != null && c.page() == page;
            comments = c;
            page = c.page();
            relayout(samePage);
        });
    }

    private void relayout(boolean keepPlace) {
        int width = lastWidth < 24 ? lastWidth : Math.min(lastWidth - 2, ui.options().maxWidth());
        TextBlock out = new TextBlock(ui.breaker(), width);
        out.wrap(ui.texts().get("tui.comments.title", comments.articleTitle().isBlank() ? title
                : comments.articleTitle()), Style.TITLE, 0, 0);
        out.blank();
        CommentLayout.heading(out, comments.total(), (int) comments.total(), ui.texts());
        starts = CommentLayout.comments(out, comments.comments(), comments.hiddenComments(), ui.texts(), false);
        laidOut = out.lines();
        laidOutWidth = lastWidth;
        text.show(laidOut, keepPlace);
        select(keepPlace ? Math.min(selected, starts.size() - 1) : -1);
    }

    private void select(int comment) {
        selected = comment;
        text.mark(comment < 0 ? -1 : starts.get(comment));
    }

    /** A click on a comment, its author line or its text, marks it; elsewhere (title, blank rows) nothing. */
    @Override
    public void click(int column, int row) {
        int comment = comments == null ? -1 : commentOn(text.top() + row);
        if (comment >= 0) {
            select(comment);
        }
    }

    /** The comment whose rows, up to the blank row that ends it, include {@code line}; else -1. */
    private int commentOn(int line) {
        int i = starts.size() - 1;
        while (i >= 0 && starts.get(i) > line) {
            i--;
        }
        if (i < 0 || line >= laidOut.size()) {
            return -1;
        }
        for (int l = starts.get(i) + 1; l <= line; l++) {
            if (laidOut.get(l).text().isEmpty()) {
                return -1;
            }
        }
        return i;
    }

    @Override
    public boolean blank() {
        return comments == null;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        lastWidth = width;
        if (comments != null && width != laidOutWidth) {
            relayout(true);
        }
        int content = width < 24 ? width : Math.min(width - 2, ui.options().maxWidth());
        text.draw(g, Math.max(0, (width - content) / 2), width, height);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (comments == null) {
            return false;
        }
        if (text.handle(action)) {
            return true;
        }
        if (action == KeyAction.NEXT_PAGE || action == KeyAction.PREVIOUS_PAGE) {
            int wanted = page + (action == KeyAction.NEXT_PAGE ? 1 : -1);
            if (wanted < 1) {
                ui.message(ui.texts().get("tui.firstPage"));
            } else if (wanted > comments.pageCount()) {
                ui.message(ui.texts().get("tui.lastPage"));
            } else {
                load(wanted, false);
            }
            return true;
        }
        return false;
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(title, ui.texts().get("meta.comments"));
    }

    @Override
    public String position() {
        if (comments == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(page), String.valueOf(comments.pageCount())) + "  "
                + text.position(ui.bodyHeight());
    }

    @Override
    public String link() {
        return url;
    }

    @Override
    public boolean search(String query, boolean forward) {
        return text.search(query, forward);
    }

    @Override
    public void reload() {
        load(page, true);
    }
}
