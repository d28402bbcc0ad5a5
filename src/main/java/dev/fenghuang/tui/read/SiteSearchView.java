package dev.fenghuang.tui.read;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site's own article search: one hit a row (its day, then the title with the site's matches in the match style)
 * and its counts under it, a site page at a time ([ and ]); Enter opens the article. While the site's ten-second
 * rule holds the search back, the view counts the seconds down.
 */
public final class SiteSearchView implements View {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Ui ui;
    private final PortalSearch search;
    private final String keyword;
    private final PickList list;
    private final AtomicInteger secondsLeft = new AtomicInteger();
    private ArticleSearch shown;
    private int page = 1;

    public SiteSearchView(Ui ui, PortalSearch search, String keyword) {
        this.ui = ui;
        this.search = search;
        this.keyword = keyword.strip();
        this.list = new PickList(ui.painter());
        load(1);
    }

    private void load(int wanted) {
        secondsLeft.set(0);
        ui.load(() -> search.search(keyword, wanted, secondsLeft::set), this::show);
    }

    private void show(ArticleSearch result) {
        boolean same = shown != null && result.page() == page;
        shown = result;
        page = result.page();
        List<StyledLine> rows = new ArrayList<>();
        List<StyledLine> details = new ArrayList<>();
        for (ArticleHit hit : result.hits()) {
            rows.add(row(hit));
            details.add(StyledLine.of("           " + TerminalText.clean(hit.publisher().name()) + "  "
                    + ui.texts().get("search.counts", String.valueOf(hit.comments()), String.valueOf(hit.views())),
                    Style.META));
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(ui.texts().get("search.none"), Style.META));
            details.add(StyledLine.EMPTY);
        }
        list.show(rows, details, same);
    }

    /** The day, then the title in runs: the site's matches in the match style. */
    static StyledLine row(ArticleHit hit) {
        List<StyledLine.Span> spans = new ArrayList<>();
        spans.add(new StyledLine.Span((hit.time() == null ? "          " : DAY.format(hit.time())) + " ", Style.META));
        for (MarkedText.Run run : hit.title().runs()) {
            spans.add(new StyledLine.Span(TerminalText.clean(run.text()), run.marked() ? Style.MATCH : Style.NORMAL));
        }
        return StyledLine.of(spans.toArray(StyledLine.Span[]::new));
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get("search.title", TerminalText.clean(keyword)));
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        if (shown == null) {
            int left = secondsLeft.get();
            String text = left > 0 ? ui.texts().get("search.waitingShort", String.valueOf(left))
                    : ui.texts().get("search.searching", TerminalText.clean(keyword));
            ui.painter().paint(g, 1, 0, width - 1, StyledLine.of(text, Style.META), Style.NORMAL);
            return;
        }
        list.draw(g, 0, width, height, true, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (shown == null) {
            return false;
        }
        if (list.handle(action, ui.bodyHeight())) {
            return true;
        }
        switch (action) {
            case NEXT_PAGE -> turn(1);
            case PREVIOUS_PAGE -> turn(-1);
            case OPEN -> {
                ArticleHit hit = selected();
                if (hit != null) {
                    ui.open(new ArticleView(ui, hit.aid(), OptionalLong::empty));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void turn(int by) {
        int wanted = page + by;
        if (wanted < 1) {
            ui.message(ui.texts().get("tui.firstPage"));
        } else if (wanted > shown.pageCount()) {
            ui.message(ui.texts().get("tui.lastPage"));
        } else {
            load(wanted);
        }
    }

    private ArticleHit selected() {
        return shown == null || shown.hits().isEmpty() ? null
                : shown.hits().get(Math.min(list.selected(), shown.hits().size() - 1));
    }

    @Override
    public void click(int column, int row) {
        int i = shown == null || shown.hits().isEmpty() ? -1 : list.rowAt(row);
        if (i >= 0 && i == list.selected()) {
            handle(KeyAction.OPEN, 0);
        } else if (i >= 0) {
            list.select(i);
        }
    }

    @Override
    public String position() {
        if (shown == null) {
            return "";
        }
        return ui.texts().get("search.heading", TerminalText.clean(shown.keyword()), String.valueOf(shown.total()))
                + "  " + ui.texts().get("tui.page", String.valueOf(page), String.valueOf(Math.max(1,
                shown.pageCount()))) + "  " + ui.texts().get("search.keys");
    }

    @Override
    public String link() {
        ArticleHit hit = selected();
        return hit == null ? null : ui.reader().profile().base().resolve("portal.php?mod=view&aid=" + hit.aid())
                .toString();
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
