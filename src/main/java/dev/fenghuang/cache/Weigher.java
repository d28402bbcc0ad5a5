package dev.fenghuang.cache;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Picture;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadRow;
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
        } else if (value instanceof ThreadPage t) {
            w = RECORD_OVERHEAD + chars(t.subject()) + t.floors().stream().mapToLong(Weigher::floor).sum();
        } else if (value instanceof BoardPage b) {
            w = RECORD_OVERHEAD + chars(b.name()) + b.threads().stream().mapToLong(Weigher::row).sum()
                    + b.subBoards().stream().mapToLong(Weigher::board).sum();
        } else if (value instanceof ForumIndex i) {
            w = RECORD_OVERHEAD + i.categories().stream().mapToLong(Weigher::category).sum();
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

    private static long floor(Floor f) {
        long w = RECORD_OVERHEAD + chars(f.author().name()) + chars(f.notice());
        for (PostBlock b : f.blocks()) {
            w += 16 + block(b);
        }
        return w + 128L * (f.images().size() + f.attachments().size() + f.links().size());
    }

    private static long block(PostBlock b) {
        if (b instanceof PostBlock.Paragraph p) {
            return p.spans().stream().mapToLong(s -> 32 + chars(s.text())).sum();
        }
        if (b instanceof PostBlock.Quote q) {
            return q.lines().stream().mapToLong(Weigher::chars).sum();
        }
        if (b instanceof PostBlock.Code c) {
            return c.lines().stream().mapToLong(Weigher::chars).sum();
        }
        return b instanceof PostBlock.Locked l ? chars(l.text()) : 0;
    }

    private static long row(ThreadRow r) {
        return RECORD_OVERHEAD + chars(r.subject()) + chars(r.author().name()) + chars(r.lastPoster());
    }

    private static long board(BoardSummary b) {
        return RECORD_OVERHEAD + chars(b.name()) + chars(b.description()) + 32L * b.subBoards().size()
                + 32L * b.moderators().size();
    }

    private static long category(ForumCategory c) {
        return RECORD_OVERHEAD + chars(c.name()) + c.boards().stream().mapToLong(Weigher::board).sum();
    }
}
