package dev.fenghuang.cli.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.store.WholeArticle;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.SafeText;
import java.util.List;
import java.util.Locale;

/**
 * An article written whole for mail or notes, in Markdown, plain text or JSON: metadata, summary, body (images where
 * they stand, as links), the body's links as references, and every comment. What the site wrote passes
 * {@link SafeText#strip} (no escape sequence or control character is written, to a file either), Markdown's
 * special characters are escaped in it, and URLs are percent-encoded where they could end a Markdown link.
 */
public final class ExportView {
    /** The formats {@code export --format} names. */
    public enum Format {
        MARKDOWN, TEXT, JSON;

        /** The name given on the command line. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ExportView() {
    }

    /** The article in the format, every line ending in a line feed. */
    public static String write(WholeArticle article, Format format, Texts texts) {
        String out = switch (format) {
            case MARKDOWN -> markdown(article, texts);
            case TEXT -> text(article, texts);
            case JSON -> JsonView.write(json(article)) + "\n";
        };
        return SafeText.strip(out);
    }

    static String markdown(WholeArticle w, Texts texts) {
        Article a = w.first();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(md(a.title())).append("\n\n");
        md.append(md(ArticleText.metaLine(a, texts))).append("  \n");
        md.append('<').append(url(a.url())).append(">\n");
        if (a.summary() != null && !a.summary().isBlank()) {
            md.append("\n> **").append(md(texts.get("meta.summary"))).append(":** ").append(md(a.summary()))
                    .append('\n');
        }
        List<String> paragraphs = w.paragraphs();
        List<Image> images = w.images();
        for (int i = 0; i < paragraphs.size(); i++) {
            md.append('\n').append(md(paragraphs.get(i))).append('\n');
            for (Image image : images) {
                if (image.paragraph() == i) {
                    md.append("\n![").append(md(image.alt())).append("](").append(url(image.url())).append(")\n");
                }
            }
        }
        for (Image image : images) {
            if (image.paragraph() < 0 || image.paragraph() >= paragraphs.size()) {
                md.append("\n![").append(md(image.alt())).append("](").append(url(image.url())).append(")\n");
            }
        }
        List<Link> links = w.links();
        if (!links.isEmpty()) {
            md.append("\n## ").append(md(texts.get("meta.links"))).append("\n\n");
            int n = 1;
            for (Link l : links) {
                md.append(n++).append(". [").append(md(l.text().isBlank() ? l.url() : l.text())).append("](")
                        .append(url(l.url())).append(")\n");
            }
        }
        md.append("\n## ").append(md(texts.get("comments.heading", String.valueOf(a.commentCount())))).append('\n');
        if (w.comments().isEmpty()) {
            md.append('\n').append(md(texts.get("comments.none"))).append('\n');
        }
        for (Comment c : w.comments()) {
            md.append("\n**").append(md(c.author().name())).append("** · ").append(ArticleText.time(c.time()))
                    .append(c.pending() ? " " + md(texts.get("comments.pending")) : "").append("\n\n");
            if (c.quote() != null) {
                c.quote().lines().forEach(line -> md.append("> ").append(md(line)).append('\n'));
                md.append('\n');
            }
            md.append(String.join("  \n", c.text().lines().map(ExportView::md).toList())).append('\n');
        }
        return md.toString();
    }

    static String text(WholeArticle w, Texts texts) {
        Article a = w.first();
        StringBuilder t = new StringBuilder();
        t.append(a.title()).append('\n').append(ArticleText.metaLine(a, texts)).append('\n').append(url(a.url()))
                .append('\n');
        if (a.summary() != null && !a.summary().isBlank()) {
            t.append('\n').append(texts.get("meta.summary")).append(": ").append(a.summary()).append('\n');
        }
        List<String> paragraphs = w.paragraphs();
        List<Image> images = w.images();
        for (int i = 0; i < paragraphs.size(); i++) {
            t.append("\n  ").append(paragraphs.get(i)).append('\n');
            for (Image image : images) {
                if (image.paragraph() == i) {
                    t.append("  [").append(texts.get("meta.images")).append(": ").append(image.alt()).append("] ")
                            .append(url(image.url())).append('\n');
                }
            }
        }
        List<Link> links = w.links();
        if (!links.isEmpty()) {
            t.append('\n').append(texts.get("meta.links")).append(":\n");
            int n = 1;
            for (Link l : links) {
                t.append('[').append(n++).append("] ").append(l.text()).append("  ").append(url(l.url()))
                        .append('\n');
            }
        }
        t.append('\n').append(texts.get("comments.heading", String.valueOf(a.commentCount()))).append('\n');
        if (w.comments().isEmpty()) {
            t.append(texts.get("comments.none")).append('\n');
        }
        for (Comment c : w.comments()) {
            t.append('\n').append(c.author().name()).append("  ").append(ArticleText.time(c.time()))
                    .append(c.pending() ? "  " + texts.get("comments.pending") : "").append('\n');
            if (c.quote() != null) {
                c.quote().lines().forEach(line -> t.append("  > ").append(line).append('\n'));
            }
            c.text().lines().forEach(line -> t.append("  ").append(line).append('\n'));
        }
        return t.toString();
    }

    /** The read command's article JSON with every page's body, images and links, and every comment. */
    static JsonObject json(WholeArticle w) {
        JsonObject o = JsonView.article(w.first()).getAsJsonObject();
        o.remove("page");
        o.remove("pageTitle");
        JsonArray paragraphs = new JsonArray();
        w.paragraphs().forEach(paragraphs::add);
        o.add("paragraphs", paragraphs);
        Article all = w.first().toBuilder().images(w.images()).links(w.links()).comments(w.comments()).build();
        JsonObject whole = JsonView.article(all).getAsJsonObject();
        o.add("images", whole.get("images"));
        o.add("links", whole.get("links"));
        o.add("comments", whole.get("comments"));
        return o;
    }

    /**
     * Text with Markdown's special characters escaped, so the site's words stay words: emphasis, code, links, HTML
     * and tables anywhere; headings, lists, quotes and rules where a line starts.
     */
    private static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0 || (lineStart && "#+-=".indexOf(c) >= 0)
                    || ((c == '.' || c == ')') && digitsFromLineStart(text, i))) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }

    /** Whether only digits stand between the line's start and {@code at}: an ordered list's number. */
    private static boolean digitsFromLineStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
        }
        return i < at - 1 && (i < 0 || text.charAt(i) == '\n');
    }

    /** A URL that cannot end a Markdown link or autolink early, nor carry a control character. */
    private static String url(String raw) {
        return SafeText.url(raw).replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }
}
