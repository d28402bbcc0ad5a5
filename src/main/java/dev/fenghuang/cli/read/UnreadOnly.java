package dev.fenghuang.cli.read;

import dev.fenghuang.app.store.ReadState;
import dev.fenghuang.model.ArticleList;
import java.util.Map;

/** A list page cut down to the articles not read yet or commented on since ({@code list --unread}). */
final class UnreadOnly {
    private UnreadOnly() {
    }

    static ArticleList of(ArticleList l, Map<Long, ReadState> states) {
        return new ArticleList(l.category(), l.breadcrumb(), l.page(), l.pageCount(),
                l.articles().stream().filter(s -> states.getOrDefault(s.aid(), new ReadState(false, 0)).unread())
                        .toList(), l.children(), l.related());
    }
}
