package dev.fenghuang.app;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.TimeText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article's metadata as one line of text, the same in the CLI and the reader: category path · time · 发布者 ·
 * 查看 · 评论 · 原作者 · 来自, labels in the user's language.
 */
public final class ArticleText {
    public static final String DOT = " · ";

    private ArticleText() {
    }

    public static String metaLine(Article a, Texts texts) {
        return String.join(DOT, metaGroups(a, texts));
    }

    /**
     * The meta line's groups, each a label with its value ({@code 发布者 归来}) or a value alone (the path, the time):
     * where a narrow screen must wrap the line, it wraps between them.
     */
    public static List<String> metaGroups(Article a, Texts texts) {
        List<String> parts = new ArrayList<>();
        if (a.category() != null) {
            parts.add(crumbs(a.breadcrumb(), a.category()));
        }
        if (a.published() != null) {
            parts.add(time(a.published()));
        }
        if (a.publisher() != null) {
            parts.add(texts.get("meta.by") + " " + a.publisher().name());
        }
        parts.add(texts.get("meta.views") + " " + a.views());
        parts.add(texts.get("meta.comments") + " " + a.commentCount());
        if (a.originalAuthor() != null) {
            parts.add(texts.get("meta.originalAuthor") + " " + a.originalAuthor());
        }
        if (a.source() != null) {
            parts.add(texts.get("meta.source") + " " + a.source());
        }
        return parts;
    }

    /** The category path, top first ({@code 党政风采 › 渠县}); the category alone when there is no breadcrumb. */
    public static String crumbs(List<Category> breadcrumb, Category last) {
        List<Category> chain = breadcrumb.isEmpty() && last != null ? List.of(last) : breadcrumb;
        return chain.stream().map(Category::name).collect(Collectors.joining(" › "));
    }

    /** {@code yyyy-MM-dd HH:mm}, or empty for no time. */
    public static String time(LocalDateTime t) {
        return t == null ? "" : TimeText.minute(t);
    }
}
