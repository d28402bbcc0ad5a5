package dev.fenghuang.tui.read;

import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.text.TextBlock;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Comment;
import java.util.ArrayList;
import java.util.List;

/** Comments as lines: the author and time on one line, the quote set apart, the text under it. */
public final class CommentLayout {
    private CommentLayout() {
    }

    public static void heading(TextBlock out, long total, int shown, Texts texts) {
        out.wrap(texts.get("comments.heading", String.valueOf(total)), Style.HEADING, 0, 0);
        if (total > shown) {
            out.wrap(texts.get("tui.comments.more", String.valueOf(total)), Style.META, 0, 0);
        }
        out.blank();
    }

    static void comments(TextBlock out, List<Comment> comments, int hidden, Texts texts) {
        comments(out, comments, hidden, texts, false);
    }

    /**
     * Lays out the comments; with {@code numbered} each gets its number on the page ({@code 1.}), by which a key
     * can pick it. Returns the row where each comment starts.
     */
    static List<Integer> comments(TextBlock out, List<Comment> comments, int hidden, Texts texts, boolean numbered) {
        if (comments.isEmpty()) {
            out.wrap(texts.get("comments.none"), Style.META, 0, 0);
            out.blank();
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            starts.add(out.size());
            comment(out, comments.get(i), texts, numbered ? (i + 1) + ". " : "");
        }
        if (hidden > 0) {
            out.wrap(texts.get("comments.hidden", String.valueOf(hidden)), Style.META, 0, 0);
        }
        return starts;
    }

    public static void comment(TextBlock out, Comment c, Texts texts, String number) {
        String when = c.time() == null ? "" : ArticleLayout.DOT + ArticleLayout.time(c.time());
        String pending = c.pending() ? " " + texts.get("comments.pending") : "";
        out.wrap(number + TerminalText.clean(c.author().name()) + when + pending, Style.META, 0, 0);
        if (c.quote() != null && !c.quote().isBlank()) {
            for (String q : c.quote().split("\n")) {
                out.wrap(q, Style.QUOTE, "  > ", 4, Style.QUOTE);
            }
        }
        for (String line : c.text().split("\n")) {
            if (!line.isBlank()) {
                out.wrap(line, Style.NORMAL, 2, 2);
            }
        }
        out.blank();
    }
}
