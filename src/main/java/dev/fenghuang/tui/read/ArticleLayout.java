package dev.fenghuang.tui.read;

import dev.fenghuang.tui.image.Pictures;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.text.TextBlock;
import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Reaction;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article set for one width: title, meta line, 摘要, indented paragraphs with numbered references, the list of
 * references, the reactions and the comments on the page. Computed when the article or the width changes; the view
 * only copies its lines.
 *
 * @param lines the rows, without the left margin
 * @param commentsLine the row of the comments heading
 * @param references the URL of each reference, [1] first
 * @param commentLines the row where each comment on the page starts, the first comment first
 */
public record ArticleLayout(List<StyledLine> lines, int commentsLine, List<String> references, List<Integer> commentLines) {
    public static final String DOT = ArticleText.DOT;
    /** Columns of the first-line indent of a body paragraph. */
    public static final int INDENT = 2;

    public ArticleLayout {
        lines = List.copyOf(lines);
        references = List.copyOf(references);
        commentLines = List.copyOf(commentLines);
    }

    /** The article with every image as its placeholder. */
    public static ArticleLayout of(Article a, int width, Texts texts, LineBreaker breaker) {
        return of(a, width, texts, breaker, Pictures.OFF);
    }

    /** The article with each image as {@code pictures} has it: drawn, loading or a placeholder. */
    public static ArticleLayout of(Article a, int width, Texts texts, LineBreaker breaker, Pictures pictures) {
        TextBlock out = new TextBlock(breaker, width);
        out.wrap(a.title(), Style.TITLE, 0, 0);
        out.wrapGroups(ArticleText.metaGroups(a, texts), DOT, Style.META);
        if (a.pageCount() > 1) {
            List<String> groups = new ArrayList<>();
            groups.add(texts.get("meta.page", String.valueOf(a.page()), String.valueOf(a.pageCount())));
            if (a.pageTitle() != null) {
                groups.add(a.pageTitle());
            }
            groups.add(texts.get("meta.pageKeys"));
            out.wrapGroups(groups, DOT, Style.META);
        }
        out.blank();
        if (a.summary() != null && !a.summary().isBlank()) {
            out.wrap(texts.get("meta.summary"), Style.HEADING, 0, 0);
            out.wrap(a.summary(), Style.SUMMARY, 2, 2);
            out.blank();
        }
        List<String> references = body(a, out, texts, pictures);
        if (!references.isEmpty()) {
            out.wrap(texts.get("tui.references"), Style.HEADING, 0, 0);
            for (int i = 0; i < references.size(); i++) {
                out.wrap(references.get(i), Style.REFERENCE, "[" + (i + 1) + "] ", 4, Style.REFERENCE);
            }
            out.blank();
        }
        if (!a.reactions().isEmpty()) {
            out.wrap(a.reactions().stream().map(ArticleLayout::reaction).collect(Collectors.joining("  ")),
                    Style.NORMAL, texts.get("meta.reactions") + "  ", 0, Style.HEADING);
            out.blank();
        }
        int commentsLine = out.size();
        CommentLayout.heading(out, a.commentCount(), a.comments().size(), texts);
        List<Integer> commentLines = CommentLayout.comments(out, a.comments(), a.hiddenComments(), texts, true);
        if (!a.commentsOpen()) {
            out.wrap(texts.get("comments.closed"), Style.META, 0, 0);
        }
        return new ArticleLayout(out.lines(), commentsLine, references, commentLines);
    }

    /** Lays out the paragraphs with their reference marks; returns the references' URLs in number order. */
    private static List<String> body(Article a, TextBlock out, Texts texts, Pictures pictures) {
        List<String> references = new ArrayList<>();
        List<String> paragraphs = a.paragraphs();
        if (paragraphs.isEmpty() && (a.summary() == null || a.summary().isBlank())) {
            out.wrap(texts.get("tui.empty"), Style.META, 0, 0);
            out.blank();
        }
        int last = Math.max(0, paragraphs.size() - 1);
        for (int p = 0; p <= last; p++) {
            String text = p < paragraphs.size() ? paragraphs.get(p) : "";
            for (Link l : a.links()) {
                if (Math.min(Math.max(l.paragraph(), 0), last) == p) {
                    references.add(l.url());
                    text = marked(text, TerminalText.clean(l.text()), references.size());
                }
            }
            if (!text.isBlank()) {
                out.wrap(text, Style.NORMAL, INDENT, 0);
            }
            for (Image i : a.images()) {
                if (Math.min(Math.max(i.paragraph(), 0), last) == p) {
                    references.add(i.url());
                    pictures.lay(out, i, references.size(), texts);
                }
            }
            out.blank();
        }
        return references;
    }

    /** The paragraph with {@code [n]} after the link's text, or at its end when the text is not found. */
    private static String marked(String paragraph, String linkText, int n) {
        String mark = "[" + n + "]";
        int at = linkText.isBlank() ? -1 : paragraph.indexOf(linkText);
        if (at < 0) {
            return paragraph + " " + mark;
        }
        int end = at + linkText.length();
        return paragraph.substring(0, end) + mark + paragraph.substring(end);
    }

    private static String reaction(Reaction r) {
        return r.name() + " " + r.count();
    }

    static String meta(Article a, Texts texts) {
        return ArticleText.metaLine(a, texts);
    }

    static String crumbs(List<Category> breadcrumb, Category last) {
        return ArticleText.crumbs(breadcrumb, last);
    }

    public static String time(LocalDateTime t) {
        return ArticleText.time(t);
    }
}
