package dev.fenghuang.demo;

/** Who sees and who may change a portal comment (3.4, 3.6, 5.1). */
final class CommentRights {
    private CommentRights() {
    }

    /** Visible comments to all; pending and ignored ones to their author and administrators only. */
    static boolean sees(Member viewer, PortalComment comment) {
        return comment.status() == PortalComment.VISIBLE || own(viewer, comment)
                || Members.group(viewer).administrator();
    }

    /** The author, groups with 管理文章, and for editing also administrators. Never a guest. */
    static boolean mayEdit(Member viewer, PortalComment comment) {
        return mayDelete(viewer, comment) || Members.group(viewer).administrator();
    }

    static boolean mayDelete(Member viewer, PortalComment comment) {
        return !viewer.guest() && (own(viewer, comment) || Members.group(viewer).managesArticles());
    }

    private static boolean own(Member viewer, PortalComment comment) {
        return !viewer.guest() && viewer.equals(comment.author());
    }
}
