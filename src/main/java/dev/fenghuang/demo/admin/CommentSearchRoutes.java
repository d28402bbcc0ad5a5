package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.HeldComments;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import java.util.List;
import java.util.Optional;

/**
 * {@code admin.php?action=comment&operation=article} (5.5): the search form, a search ({@code searchsubmit}, GET or
 * POST) over every comment, and the delete POST ({@code articlesubmit} with {@code delete[]}), which lowers each
 * affected article's counter once only and answers a tiny page with the alert {@value #DELETED}.
 */
final class CommentSearchRoutes {
    static final String DELETED = "删除评论成功";

    private final PortalContent content;
    private final HeldComments queue;

    CommentSearchRoutes(PortalContent content, HeldComments queue) {
        this.content = content;
        this.queue = queue;
    }

    PageResponse route(Visit visit) {
        PageRequest request = visit.request();
        if (request.post() && !request.param("articlesubmit").isEmpty()) {
            return delete(visit);
        }
        CommentSearchCriteria search = CommentSearchCriteria.of(request, visit.site().now());
        List<QueueListPage.Held> results = request.param("searchsubmit").isEmpty() ? null : find(search);
        return PageResponse.html(200, CommentSearchPage.render(visit, search, results));
    }

    /** Every matching comment with its article, newest first. */
    List<QueueListPage.Held> find(CommentSearchCriteria search) {
        return content.allComments().stream()
                .flatMap(c -> content.article(c.aid()).map(a -> new QueueListPage.Held(c, a)).stream())
                .filter(held -> search.matches(held.comment(), held.article())).toList();
    }

    private PageResponse delete(Visit visit) {
        if (!visit.request().has("formhash")) {
            return AdminChrome.error(visit, MessageTexts.SUBMIT_INVALID);
        }
        List<PortalComment> gone = visit.request().array("delete").values().stream()
                .filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).distinct()
                .map(content::comment).flatMap(Optional::stream).toList();
        content.deleteCommentsCountingOncePerArticle(gone);
        gone.forEach(c -> queue.release(c.cid()));
        String script = "<script type=\"text/JavaScript\">alert('" + DELETED + "');parent.$('articleforum')"
                + ".searchsubmit.click();</script>";
        return PageResponse.html(200, AdminChrome.framePart(visit, script)).asStored();
    }
}
