package dev.fenghuang.demo.write;

import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.SiteMember;

/** Who sees and who may change a portal comment (3.4, 3.6, 5.1). */
public final class CommentRights {
    private CommentRights() {
    }

    /** Visible comments to all; pending and ignored ones to their author and administrators only. */
    public static boolean sees(SiteMember viewer, PortalComment comment) {
        return comment.status() == PortalComment.VISIBLE || own(viewer, comment)
                || Members.group(viewer).administrator();
    }

    /** The author, groups with 管理文章, and for editing also administrators. Never a guest. */
    public static boolean mayEdit(SiteMember viewer, PortalComment comment) {
        return mayDelete(viewer, comment) || Members.group(viewer).administrator();
    }

    public static boolean mayDelete(SiteMember viewer, PortalComment comment) {
        return !viewer.guest() && (own(viewer, comment) || Members.group(viewer).managesArticles());
    }

    private static boolean own(SiteMember viewer, PortalComment comment) {
        return !viewer.guest() && viewer.equals(comment.author());
    }
}
