package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.HeldComments;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import java.util.Map;
import java.util.Optional;

/**
 * The queue's decisions (5.4), as a bulk POST with {@code modsubmit} or a fast GET from a row's link. Validate makes
 * the comment visible and takes it out of the queue; delete removes it without lowering the article's counter;
 * ignore only marks the queue entry, the comment stays pending. The bulk answer reports X3.5's wrong counts.
 */
final class QueueDecisions {
    static final String SUCCEED = "审核操作成功，共 %d 个评论被通过，%d 个评论被忽略，%d 个评论被删除";

    private final PortalContent content;
    private final HeldComments queue;

    QueueDecisions(PortalContent content, HeldComments queue) {
        this.content = content;
        this.queue = queue;
    }

    /**
     * The bulk decision: the admin message with only {@code {validates}} filled, with the number of comments
     * validated or deleted (ignores never count), forwarding to the list with the posted filters.
     */
    PageResponse bulk(Visit visit, QueueFilterForm filter) {
        if (!visit.request().has("formhash")) {
            return AdminChrome.error(visit, MessageTexts.SUBMIT_INVALID);
        }
        int reported = apply(visit.request().array("moderate"));
        String forward = AdminLinks.QUEUE + "&page=" + filter.page() + filter.query(visit.site().charset());
        return AdminChrome.success(visit, String.format(SUCCEED, reported, 0, 0), forward).asStored();
    }

    /** The fast decision of one row: a frame part whose script removes the row. No form hash needed. */
    PageResponse fast(Visit visit) {
        apply(visit.request().array("moderate"));
        String script = "<script type=\"text/JavaScript\">parent.mod_remove_row('" + visit.request().intParam("cid")
                + "');</script>";
        return PageResponse.html(200, AdminChrome.framePart(visit, script)).asStored();
    }

    /** Applies {@code moderate[CID]=decision} pairs to the comments that exist; answers how many left the queue. */
    private int apply(Map<String, String> decisions) {
        int left = 0;
        for (Map.Entry<String, String> decision : decisions.entrySet()) {
            Optional<PortalComment> found = content.comment(cid(decision.getKey()));
            if (found.isEmpty()) {
                continue;
            }
            PortalComment comment = found.get();
            switch (decision.getValue()) {
                case "validate" -> {
                    content.replaceComment(comment.edited(comment.html(), PortalComment.VISIBLE, comment.message()));
                    queue.release(comment.cid());
                    left++;
                }
                case "delete" -> {
                    content.deleteCommentKeepingCount(comment);
                    queue.release(comment.cid());
                    left++;
                }
                case "ignore" -> queue.ignore(comment.cid());
                default -> {
                }
            }
        }
        return left;
    }

    private static int cid(String key) {
        return key.matches("\\d{1,9}") ? Integer.parseInt(key) : 0;
    }
}
