package dev.fenghuang.cli.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import java.io.PrintWriter;

/**
 * The site search's results for the CLI. JSON keeps the site's highlighting as {@code marks}, {@code [start, end)}
 * pairs of UTF-16 offsets into the text beside them. Text is plain: standard output passes no escape sequence (see
 * {@link SafeOutput}), and brackets would read as part of a title, so matches show in the TUI and in JSON only.
 */
public final class SearchView {
    private SearchView() {
    }

    public static JsonElement json(ArticleSearch s) {
        JsonObject o = new JsonObject();
        o.addProperty("keyword", s.keyword());
        o.addProperty("searchId", s.searchId());
        o.addProperty("total", s.total());
        o.addProperty("page", s.page());
        o.addProperty("pageCount", s.pageCount());
        JsonArray hits = new JsonArray();
        for (ArticleHit h : s.hits()) {
            JsonObject hit = new JsonObject();
            hit.addProperty("aid", h.aid());
            hit.add("title", marked(h.title()));
            hit.add("summary", marked(h.summary()));
            hit.addProperty("comments", h.comments());
            hit.addProperty("views", h.views());
            hit.add("time", JsonView.time(h.time()));
            JsonObject publisher = new JsonObject();
            publisher.addProperty("uid", h.publisher().uid());
            publisher.addProperty("name", h.publisher().name());
            hit.add("publisher", publisher);
            hits.add(hit);
        }
        o.add("hits", hits);
        return o;
    }

    private static JsonObject marked(MarkedText m) {
        JsonObject o = new JsonObject();
        o.addProperty("text", m.text());
        JsonArray marks = new JsonArray();
        for (MarkedText.Mark mark : m.marks()) {
            JsonArray pair = new JsonArray();
            pair.add(mark.start());
            pair.add(mark.end());
            marks.add(pair);
        }
        o.add("marks", marks);
        return o;
    }

    /** The most characters of a query a heading repeats. */
    static final int HEADING_QUERY_MAX = 40;

    /** The query as a heading repeats it: whole, or its start and an ellipsis when longer than a heading allows. */
    static String inHeading(String keyword) {
        return keyword.codePointCount(0, keyword.length()) <= HEADING_QUERY_MAX ? keyword
                : keyword.substring(0, keyword.offsetByCodePoints(0, HEADING_QUERY_MAX)) + "\u2026";
    }

    /** The heading (keyword, total, page), then per hit: aid and title; time, publisher, counts; the summary. */
    public static void text(ArticleSearch s, Texts texts, PrintWriter out) {
        out.println(texts.get("search.heading", inHeading(s.keyword()), String.valueOf(s.total())));
        if (s.pageCount() > 1) {
            out.println(texts.get("meta.page", String.valueOf(s.page()), String.valueOf(s.pageCount())));
        }
        if (s.hits().isEmpty()) {
            out.println(texts.get("search.none"));
        }
        for (ArticleHit h : s.hits()) {
            out.println();
            out.println(h.aid() + "  " + h.title().text());
            out.println("    " + ArticleText.time(h.time()) + "  " + h.publisher().name() + "  "
                    + texts.get("search.counts", String.valueOf(h.comments()), String.valueOf(h.views())));
            if (!h.summary().text().isEmpty()) {
                out.println("    " + h.summary().text());
            }
        }
    }
}
