package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.LastPost;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The boards of a {@code table.fl_tb}, as the forum index and a parent board's 子版块 block draw them: the list
 * layout (a row per board: name cell, {@code td.fl_i} counts, {@code td.fl_by} last post) or the grid layout
 * ({@code td.fl_g} cells). A cell without a board link is skipped.
 */
final class BoardRows {
    private static final String NEW_POSTS_FILL = "#fdc910";

    private BoardRows() {
    }

    static List<BoardSummary> of(Element table, Clock clock) {
        List<BoardSummary> boards = new ArrayList<>();
        if (table == null) {
            return boards;
        }
        for (Element cell : table.select(Css.of("td.fl_g"))) {
            BoardSummary board = grid(cell, clock);
            if (board != null) {
                boards.add(board);
            }
        }
        if (!boards.isEmpty()) {
            return boards;
        }
        for (Element row : table.select(Css.of("tr"))) {
            BoardSummary board = listRow(row, clock);
            if (board != null) {
                boards.add(board);
            }
        }
        return boards;
    }

    private static BoardSummary listRow(Element row, Clock clock) {
        Element name = row.selectFirst(Css.of("h2 > a[href]"));
        if (name == null) {
            return null;
        }
        Element nameCell = name.parent().parent();
        Element counts = row.selectFirst(Css.of("td.fl_i"));
        boolean external = counts != null && counts.text().contains("链接到外部地址");
        BoardSummary.Builder board = BoardSummary.builder(ForumUrls.fid(name.attr("href")))
                .name(SiteText.of(name))
                .today(ForumMarkup.firstInt(textOf(name.parent().selectFirst(Css.of("em")))))
                .external(external)
                .unread(isUnread(row.selectFirst(Css.of("td.fl_icn"))))
                .lastPost(lastPost(row.selectFirst(Css.of("td.fl_by")), clock));
        if (counts != null && !external) {
            board.threads(ForumMarkup.count(counts.selectFirst(Css.of("span.xi2"))))
                    .posts(ForumMarkup.count(counts.selectFirst(Css.of("span.xg1"))));
        }
        List<BoardLink> subBoards = new ArrayList<>();
        List<String> moderators = new ArrayList<>();
        for (Element p : nameCell.select(Css.of("p"))) {
            String text = SiteText.of(p);
            if (p.hasClass("xg2") && !text.startsWith("子版块") && !text.startsWith("版主")) {
                board.description(text);
            } else if (text.startsWith("子版块")) {
                subBoards.addAll(links(p));
            } else if (text.startsWith("版主")) {
                moderators.addAll(names(p));
            }
        }
        return board.subBoards(subBoards).moderators(moderators).build();
    }

    private static BoardSummary grid(Element cell, Clock clock) {
        Element name = cell.selectFirst(Css.of("dt a[href]"));
        if (name == null) {
            return null;
        }
        BoardSummary.Builder board = BoardSummary.builder(ForumUrls.fid(name.attr("href")))
                .name(SiteText.of(name))
                .today(ForumMarkup.firstInt(textOf(name.parent().selectFirst(Css.of("em")))))
                .unread(isUnread(cell));
        for (Element em : cell.select(Css.of("dd em"))) {
            String text = em.text();
            if (text.contains("主题")) {
                board.threads(ForumMarkup.count(em));
            } else if (text.contains("帖数")) {
                board.posts(ForumMarkup.count(em));
            }
        }
        if (cell.text().contains("链接到外部地址")) {
            board.external(true);
        }
        return board.lastPost(lastPost(cell, clock)).build();
    }

    /** The last post of a {@code td.fl_by} (or grid cell): subject link to a tid, time and poster in {@code cite}. */
    private static LastPost lastPost(Element scope, Clock clock) {
        if (scope == null) {
            return null;
        }
        Element link = null;
        for (Element a : scope.select(Css.of("a[href]"))) {
            if (ForumUrls.tid(a.attr("href")) > 0) {
                link = a;
                break;
            }
        }
        if (link == null) {
            return null;
        }
        Element cite = scope.selectFirst(Css.of("cite"));
        Element poster = cite == null ? null : cite.selectFirst(Css.of("a"));
        return new LastPost(ForumUrls.tid(link.attr("href")), SiteText.of(link),
                DiscuzTime.of(cite, clock), SiteText.of(poster));
    }

    static List<BoardLink> links(Element scope) {
        List<BoardLink> links = new ArrayList<>();
        for (Element a : scope.select(Css.of("a[href]"))) {
            links.add(new BoardLink(ForumUrls.fid(a.attr("href")), SiteText.of(a), false));
        }
        return links;
    }

    static List<String> names(Element scope) {
        List<String> names = new ArrayList<>();
        for (Element a : scope.select(Css.of("a"))) {
            String name = SiteText.of(a);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The board icon's colour for "new posts since the last visit" (X3.5 {@code <svg>}), or a {@code _new} image. */
    private static boolean isUnread(Element icon) {
        if (icon == null) {
            return false;
        }
        for (Element path : icon.select(Css.of("path[fill]"))) {
            if (path.attr("fill").equalsIgnoreCase(NEW_POSTS_FILL)) {
                return true;
            }
        }
        Element img = icon.selectFirst(Css.of("img[src]"));
        return img != null && img.attr("src").contains("_new");
    }

    private static String textOf(Element element) {
        return element == null ? "" : element.text();
    }
}
