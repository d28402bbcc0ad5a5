package dev.fenghuang.cli.output;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import java.io.PrintWriter;

/**
 * The local search's results for the CLI. JSON is the site search's shape ({@link SearchView#json}: each text beside
 * its {@code marks}, {@code [start, end)} UTF-16 offsets, no markup in the text) with {@code "local": true}. Text
 * passes no escape sequence (standard output never does, whatever {@code NO_COLOR} says), so a matched stretch is
 * shown by a line of carets under it, counting a wide (CJK) character as two columns.
 */
public final class LocalSearchView {
    private LocalSearchView() {
    }

    public static JsonElement json(ArticleSearch s) {
        JsonObject o = SearchView.json(s).getAsJsonObject();
        o.remove("searchId");
        o.addProperty("local", true);
        return o;
    }

    /** The heading, then per hit: aid and title, time and publisher, the stretch of text; carets under matches. */
    public static void text(ArticleSearch s, Texts texts, PrintWriter out) {
        out.println(texts.get("search.local.heading", SearchView.inHeading(s.keyword()), String.valueOf(s.total())));
        if (s.pageCount() > 1) {
            out.println(texts.get("meta.page", String.valueOf(s.page()), String.valueOf(s.pageCount())));
        }
        if (s.hits().isEmpty()) {
            out.println(texts.get("search.none"));
        }
        for (ArticleHit h : s.hits()) {
            out.println();
            String lead = h.aid() + "  ";
            out.println(lead + h.title().text());
            underline(lead, h.title(), out);
            out.println("    " + ArticleText.time(h.time()) + "  " + h.publisher().name() + "  "
                    + texts.get("search.counts", String.valueOf(h.comments()), String.valueOf(h.views())));
            if (!h.summary().text().isEmpty()) {
                out.println("    " + h.summary().text());
                underline("    ", h.summary(), out);
            }
        }
    }

    /** A line of carets under the marked stretches of a text printed after {@code lead}; none without marks. */
    static void underline(String lead, MarkedText text, PrintWriter out) {
        if (text.marks().isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(" ".repeat(columns(lead)));
        for (MarkedText.Run run : text.runs()) {
            line.append((run.marked() ? "^" : " ").repeat(columns(run.text())));
        }
        out.println(line.toString().stripTrailing());
    }

    /** Terminal columns of the text: 2 for an East Asian wide or full-width character, else 1. */
    static int columns(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
