package dev.fenghuang.cache;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Picture;
import dev.fenghuang.model.Section;
import java.util.List;

/** Estimates the memory a cached record takes, from the text it holds (two bytes a char, plus overhead). */
final class Weigher {
    private static final int RECORD_OVERHEAD = 64;

    private Weigher() {
    }

    static int weigh(Object value) {
        long w;
        if (value instanceof Article a) {
            w = article(a);
        } else if (value instanceof ArticleList l) {
            w = l.articles().stream().mapToLong(Weigher::summary).sum() + RECORD_OVERHEAD;
        } else if (value instanceof CommentList c) {
            w = comments(c.comments()) + RECORD_OVERHEAD;
        } else if (value instanceof Picture p) {
            w = p.bytes();
        } else if (value instanceof List<?> sections) {
            w = sections.stream().mapToLong(Weigher::sectionWeight).sum();
        } else {
            w = RECORD_OVERHEAD;
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }

    private static long article(Article a) {
        long w = RECORD_OVERHEAD + chars(a.title()) + chars(a.summary()) + chars(a.url());
        for (String p : a.paragraphs()) {
            w += chars(p) + 16;
        }
        w += a.images().size() * 128L + a.links().size() * 128L;
        return w + comments(a.comments());
    }

    private static long summary(ArticleSummary s) {
        return RECORD_OVERHEAD + chars(s.title()) + chars(s.summary()) + chars(s.url()) + chars(s.thumbnail());
    }

    private static long comments(List<Comment> comments) {
        long w = 0;
        for (Comment c : comments) {
            w += RECORD_OVERHEAD + chars(c.text()) + chars(c.quote()) + chars(c.author().name());
        }
        return w;
    }

    private static long sectionWeight(Object o) {
        if (o instanceof Section s) {
            return RECORD_OVERHEAD + chars(s.name()) + s.children().stream().mapToLong(Weigher::sectionWeight).sum();
        }
        return RECORD_OVERHEAD;
    }

    private static long chars(String s) {
        return s == null ? 0 : 2L * s.length();
    }
}
