package dev.fenghuang.cli.output;

import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.store.ReadState;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Section;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable plain-text output of the CLI: one block per record, labels in the user's language. */
public final class TextView {
    private static final String INDENT = "\u3000\u3000";
    private static final String DOT = " · ";

    private final Texts texts;
    private final PrintWriter out;

    public TextView(Texts texts, PrintWriter out) {
        this.texts = texts;
        this.out = out;
    }

    public void sections(List<Section> tree) {
        if (tree.isEmpty()) {
            out.println(texts.get("sections.empty"));
        }
        sections(tree, "");
    }

    private void sections(List<Section> tree, String indent) {
        for (Section s : tree) {
            out.printf("%s%s  [%d]%n", indent, s.name(), s.id());
            sections(s.children(), indent + "  ");
        }
    }

    /**
     * A list page: an article never read starts with {@code *} (no colour needed), a read one with a space; one with
     * comments new since it was read ends with how many.
     */
    public void list(ArticleList l, Map<Long, ReadState> states) {
        out.println(texts.get("list.heading", crumbs(l.breadcrumb(), l.category()),
                String.valueOf(l.page()), String.valueOf(l.pageCount())));
        if (!l.children().isEmpty()) {
            out.println(texts.get("list.children") + ": " + l.children().stream()
                    .map(c -> c.name() + " [" + c.id() + "]").collect(Collectors.joining(DOT)));
        }
        out.println();
        if (l.articles().isEmpty()) {
            out.println(texts.get("list.empty"));
        }
        for (ArticleSummary s : l.articles()) {
            ReadState state = states.getOrDefault(s.aid(), new ReadState(false, 0));
            String news = state.newCommentsText(texts);
            String row = String.format("%8d  %s  %s%s", s.aid(), time(s.published()), s.title(),
                    news.isEmpty() ? "" : "  (" + news + ")");
            out.println((state.read() ? " " : "*") + row);
            if (!s.summary().isBlank()) {
                out.println("          " + s.summary());
            }
        }
    }

    public void article(Article a) {
        out.println(a.title());
        out.println(meta(a));
        out.println(a.url());
        if (a.pageCount() > 1) {
            out.println(texts.get("meta.page", String.valueOf(a.page()), String.valueOf(a.pageCount()))
                    + (a.pageTitle() == null ? "" : DOT + a.pageTitle()));
        }
        if (a.summary() != null && !a.summary().isBlank()) {
            out.println();
            out.println(texts.get("meta.summary") + ": " + a.summary());
        }
        for (String p : a.paragraphs()) {
            out.println();
            out.println(INDENT + p);
        }
        references(a.images(), a.links());
        out.println();
        out.println(texts.get("meta.reactions") + ": " + a.reactions().stream()
                .map(r -> r.name() + " " + r.count()).collect(Collectors.joining("  ")));
        out.println();
        comments(a.comments(), a.commentCount(), a.hiddenComments());
        if (!a.commentsOpen()) {
            out.println(texts.get("comments.closed"));
        }
    }

    private String meta(Article a) {
        return ArticleText.metaLine(a, texts);
    }

    private void references(List<Image> images, List<Link> links) {
        int n = 1;
        if (!images.isEmpty()) {
            out.println();
            out.println(texts.get("meta.images") + ":");
            for (Image i : images) {
                out.printf("[%d] %s%s%n", n++, i.url(), i.alt().isBlank() ? "" : "  " + i.alt());
            }
        }
        if (!links.isEmpty()) {
            out.println();
            out.println(texts.get("meta.links") + ":");
            for (Link l : links) {
                out.printf("[%d] %s  %s%n", n++, l.text(), l.url());
            }
        }
    }

    public void comments(CommentList c) {
        out.println(c.articleTitle());
        if (c.pageCount() > 1) {
            out.println(texts.get("meta.page", String.valueOf(c.page()), String.valueOf(c.pageCount())));
        }
        out.println();
        comments(c.comments(), c.total(), c.hiddenComments());
    }

    private void comments(List<Comment> comments, long total, int hidden) {
        out.println(texts.get("comments.heading", String.valueOf(total)));
        if (hidden > 0) {
            out.println(texts.get("comments.hidden", String.valueOf(hidden)));
        }
        if (comments.isEmpty()) {
            out.println(texts.get("comments.none"));
        }
        for (Comment c : comments) {
            out.println();
            out.println(c.author().name() + "  " + time(c.time())
                    + (c.pending() ? "  " + texts.get("comments.pending") : ""));
            if (c.quote() != null) {
                c.quote().lines().forEach(line -> out.println("  > " + line));
            }
            c.text().lines().forEach(line -> out.println("  " + line));
        }
    }


    private static String crumbs(List<Category> breadcrumb, Category current) {
        return ArticleText.crumbs(breadcrumb, current);
    }

    private static String time(LocalDateTime t) {
        return ArticleText.time(t);
    }
}
