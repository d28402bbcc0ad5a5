package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.CommentListParser;
import dev.fenghuang.site.read.CommentParser;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Comment;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Finds a member's comment with a given text on an article page (its latest 20) or, failing that, the first page of
 * the full comment list: after an ambiguous failure it tells whether the comment arrived, so nothing is posted twice;
 * after a success it gives the new comment's id and whether it is held (the site answers 操作成功 for both).
 * A member sees their own held comments, marked 待审核.
 */
public final class OwnComments {
    private final SiteCalls calls;
    private final Clock clock;

    public OwnComments(SiteCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** The member's newest comment of that text with an id above {@code newerThan}. */
    public Optional<Comment> find(long aid, String text, long authorUid, long newerThan) throws IOException {
        WebPage article = calls.page(calls.urls().article(aid, 1));
        Document doc = PageGate.open(article, "#article_content", "article page");
        Optional<Comment> found = match(CommentParser.comments(doc.getElementById("comment"), clock), text, authorUid,
                newerThan);
        if (found.isPresent()) {
            return found;
        }
        WebPage list = calls.page(calls.urls().comments(aid, 1));
        Document listDoc = PageGate.open(list, "h1.ph", "comment page");
        return match(CommentListParser.parse(listDoc, clock).comments(), text, authorUid, newerThan);
    }

    /** The newest comment by that member with that text above that id (pages list newest first). */
    static Optional<Comment> match(List<Comment> comments, String text, long authorUid, long newerThan) {
        return comments.stream()
                .filter(c -> c.cid() > newerThan && c.author().uid() == authorUid && CommentMatch.sameText(text, c))
                .findFirst();
    }
}
