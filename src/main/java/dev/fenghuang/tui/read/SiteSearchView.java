package dev.fenghuang.tui.read;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.app.Problem;
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
 * The article search, the site's own or over the store ({@link SearchSource}): one hit a row (its day, then the title
 * with the matches in the match style) and under it its counts (the site's) or a stretch of its text with the matches
 * marked (the store's), a page at a time ([ and ]); Enter opens the article. While the site's ten-second rule holds
 * the search back, the view counts the seconds down. {@code S} searches the same words in the other source; where
 * that is a store there is not, the view says so in one line.
 */
public final class SiteSearchView implements View {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Ui ui;
    private final SearchSources sources;
    private SearchSource source;
    private boolean unusable;
    /** The site's search failed because the site is not asked (offline) or cannot be reached. */
    private boolean unreachable;
    private final String keyword;
    private final PickList list;
    private final AtomicInteger secondsLeft = new AtomicInteger();
    private ArticleSearch shown;
    private int page = 1;

    public SiteSearchView(Ui ui, SearchSources sources, String keyword) {
        this.ui = ui;
        this.sources = sources;
        this.source = sources.chosen();
        this.keyword = keyword.strip();
        this.list = new PickList(ui.painter());
        load(1);
    }

    private void load(int wanted) {
        secondsLeft.set(0);
        SearchSource asked = source;
        if (asked == null) {
            showUnusable();
            return;
        }
        ui.load(() -> searched(asked, wanted), result -> {
            if (asked != source) {
                return; // switched over meanwhile
            }
            if (result == null) {
                showUnusable();
            } else if (result.unreachable()) {
                showUnreachable();
            } else {
                show(result.hits());
            }
        });
    }

    /** What a search came to: its hits, or none because the site could not be asked. */
    private record Outcome(ArticleSearch hits, boolean unreachable) {
    }

    /** The search off the UI thread; null where the source cannot search at all. */
    private Outcome searched(SearchSource asked, int wanted) throws java.io.IOException {
        if (!asked.usable()) {
            return null;
        }
        try {
            return new Outcome(asked.search(keyword, wanted, secondsLeft::set), false);
        } catch (java.io.IOException e) {
            if (asked.local() || !Problem.siteUnreachable(e)) {
                throw e;
            }
            return new Outcome(null, true);
        }
    }

    private void showUnreachable() {
        unreachable = true;
        shown = null;
        ui.message(ui.texts().get("search.offline"));
    }

    private void showUnusable() {
        unusable = true;
        unreachable = false;
        shown = null;
    }

    private void show(ArticleSearch result) {
        boolean same = shown != null && result.page() == page;
        unusable = false;
        unreachable = false;
        shown = result;
        page = result.page();
        List<StyledLine> rows = new ArrayList<>();
        List<StyledLine> details = new ArrayList<>();
        for (ArticleHit hit : result.hits()) {
            rows.add(row(hit));
            details.add(source.local() ? marked("           ", hit.summary(), Style.META)
                    : StyledLine.of("           " + TerminalText.clean(hit.publisher().name()) + "  "
                    + ui.texts().get("search.counts", String.valueOf(hit.comments()), String.valueOf(hit.views())),
                    Style.META));
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(ui.texts().get(source.texts() + "none"), Style.META));
            details.add(StyledLine.EMPTY);
        }
        list.show(rows, details, same);
    }

    /** The day, then the title in runs: the site's matches in the match style. */
    static StyledLine row(ArticleHit hit) {
        return marked((hit.time() == null ? "          " : DAY.format(hit.time())) + " ", hit.title(), Style.NORMAL);
    }

    /** A lead in the meta style, then the text in runs: the matches in the match style, the rest in {@code plain}. */
    private static StyledLine marked(String lead, MarkedText text, Style plain) {
        List<StyledLine.Span> spans = new ArrayList<>();
        spans.add(new StyledLine.Span(lead, Style.META));
        for (MarkedText.Run run : text.runs()) {
            spans.add(new StyledLine.Span(TerminalText.clean(run.text()).replace('\n', ' '),
                    run.marked() ? Style.MATCH : plain));
        }
        return StyledLine.of(spans.toArray(StyledLine.Span[]::new));
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get(texts() + "title", TerminalText.clean(keyword)));
    }

    /** The prefix of the texts of the source shown: the store's where there is none, to say so. */
    private String texts() {
        return source == null ? "search." : source.texts();
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        if (shown == null) {
            int left = secondsLeft.get();
            String text = unreachable ? ui.texts().get("search.offline")
                    : unusable ? ui.texts().get(texts() + "unavailable")
                    : left > 0 ? ui.texts().get("search.waitingShort", String.valueOf(left))
                    : ui.texts().get(texts() + "searching", TerminalText.clean(keyword));
            g.fill(' '); // the hits of the source switched from may still be on the screen
            ui.painter().paint(g, 1, 0, width - 1, StyledLine.of(text, Style.META), Style.NORMAL);
            return;
        }
        list.draw(g, 0, width, height, true, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (action == KeyAction.SEARCH_SOURCE) {
            switchOver();
            return true;
        }
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

    /** Searches the same words in the other source, from its first page. */
    private void switchOver() {
        source = sources.switchOver();
        shown = null;
        unusable = false;
        unreachable = false;
        page = 1;
        list.show(List.of(), List.of(), false);
        load(1);
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
        return ui.texts().get(texts() + "heading", TerminalText.clean(shown.keyword()), String.valueOf(shown.total()))
                + "  " + ui.texts().get("tui.page", String.valueOf(page), String.valueOf(Math.max(1,
                shown.pageCount()))) + "  " + ui.texts().get(texts() + "keys");
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
