package dev.fenghuang.cli.forum;

import dev.fenghuang.app.ArticleText;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.LastPost;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The forum index and a board's thread list as plain text, laid out as {@code list} lays out a category: ids in a
 * right-aligned column, CJK text after it, details on an indented second line; labels in the user's language.
 */
final class ForumTextView {
    static final String DOT = ArticleText.DOT;
    private static final String DETAIL = "          ";

    private final Texts texts;
    private final PrintWriter out;

    ForumTextView(Texts texts, PrintWriter out) {
        this.texts = texts;
        this.out = out;
    }

    void index(ForumIndex index) {
        out.println(texts.get("forum.stats", String.valueOf(index.stats().today()),
                String.valueOf(index.stats().yesterday()), String.valueOf(index.stats().posts()),
                String.valueOf(index.stats().members())));
        if (index.categories().isEmpty()) {
            out.println();
            out.println(texts.get("forum.empty"));
        }
        for (ForumCategory c : index.categories()) {
            out.println();
            out.println(c.name() + "  [" + c.gid() + "]" + (c.moderators().isEmpty() ? ""
                    : DOT + texts.get("forum.moderators") + ": " + String.join(", ", c.moderators())));
            c.boards().forEach(this::board);
        }
    }

    private void board(BoardSummary b) {
        out.printf("%8d  %s%n", b.fid(), b.name());
        if (b.external()) {
            out.println(DETAIL + texts.get("forum.external"));
            return;
        }
        out.println(DETAIL + texts.get("forum.counts", String.valueOf(b.today()), String.valueOf(b.threads()),
                String.valueOf(b.posts())));
        if (!b.description().isBlank()) {
            out.println(DETAIL + b.description());
        }
        if (!b.subBoards().isEmpty()) {
            out.println(DETAIL + texts.get("forum.subBoards") + ": " + links(b.subBoards()));
        }
        if (!b.moderators().isEmpty()) {
            out.println(DETAIL + texts.get("forum.moderators") + ": " + String.join(", ", b.moderators()));
        }
        out.println(DETAIL + texts.get("forum.lastPost") + ": " + lastPost(b.lastPost()));
    }

    private String lastPost(LastPost p) {
        if (p == null) {
            return texts.get("forum.never");
        }
        List<String> parts = new ArrayList<>();
        parts.add(p.subject() + "  [" + p.tid() + "]");
        if (p.time() != null) {
            parts.add(ArticleText.time(p.time()));
        }
        if (!p.poster().isBlank()) {
            parts.add(p.poster());
        }
        return String.join(DOT, parts);
    }

    void board(BoardPage b) {
        out.println(texts.get("board.heading", crumbs(b.breadcrumb(), b.name()), String.valueOf(b.fid()),
                String.valueOf(b.page()), String.valueOf(Math.max(1, b.pageCount()))));
        out.println(texts.get("board.counts", String.valueOf(b.today()), String.valueOf(b.threadCount())));
        if (!b.types().isEmpty()) {
            out.println(texts.get("board.types") + ": " + b.types().stream()
                    .map(t -> (t.id() == b.typeId() && b.typeId() > 0 ? "*" : "") + t.name() + " [" + t.id() + "]")
                    .collect(Collectors.joining(DOT)));
        }
        if (!b.subBoards().isEmpty()) {
            out.println(texts.get("forum.subBoards") + ": " + b.subBoards().stream()
                    .map(s -> s.name() + " [" + s.fid() + "]").collect(Collectors.joining(DOT)));
        }
        if (b.pendingThreads() > 0) {
            out.println(texts.get("board.pending", String.valueOf(b.pendingThreads())));
        }
        out.println();
        if (b.threads().isEmpty()) {
            out.println(texts.get("board.empty"));
        }
        b.threads().forEach(this::row);
    }

    private void row(ThreadRow r) {
        out.printf("%8d  %s%s%n", r.tid(), r.type() == null ? "" : "[" + r.type().name() + "] ", r.subject());
        List<String> parts = new ArrayList<>();
        String marks = marks(r);
        if (!marks.isEmpty()) {
            parts.add(marks);
        }
        parts.add(r.author().name() + (r.started() == null ? "" : " " + r.started().toLocalDate()));
        parts.add(texts.get("board.replies", String.valueOf(r.replies()), String.valueOf(r.views())));
        if (!r.lastPoster().isBlank()) {
            parts.add(texts.get("board.last", r.lastPoster(),
                    r.lastPostTime() == null ? "" : ArticleText.time(r.lastPostTime())).strip());
        }
        out.println(DETAIL + String.join(DOT, parts));
    }

    private String marks(ThreadRow r) {
        List<String> marks = new ArrayList<>();
        if (r.stickyLevel() > 0) {
            marks.add(texts.get("board.sticky"));
        }
        if (r.digestLevel() > 0) {
            marks.add(texts.get("board.digest"));
        }
        if (r.closed()) {
            marks.add(texts.get("board.closed"));
        }
        if (r.moved()) {
            marks.add(texts.get("board.moved"));
        }
        if (r.poll()) {
            marks.add(texts.get("board.poll"));
        }
        switch (r.attachment()) {
            case IMAGE -> marks.add(texts.get("board.image"));
            case FILE -> marks.add(texts.get("board.file"));
            default -> { }
        }
        return marks.stream().map(m -> "[" + m + "]").collect(Collectors.joining(""));
    }

    static String crumbs(List<BoardLink> breadcrumb, String last) {
        List<String> names = new ArrayList<>();
        breadcrumb.forEach(l -> names.add(l.name()));
        if (names.isEmpty() || !names.get(names.size() - 1).equals(last)) {
            names.add(last);
        }
        return names.stream().filter(n -> !n.isBlank()).collect(Collectors.joining(" › "));
    }

    static String links(List<BoardLink> links) {
        return links.stream().map(l -> l.name() + " [" + l.fid() + "]").collect(Collectors.joining(DOT));
    }

    static String typeNames(List<ThreadType> types) {
        return types.stream().map(t -> t.name() + " [" + t.id() + "]").collect(Collectors.joining(DOT));
    }
}
