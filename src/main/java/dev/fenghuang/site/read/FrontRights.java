package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.model.Comment;
import java.time.Clock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an article page shows its viewer about others' comments (3.4, 3.6 of the protocol reference): edit and
 * delete links ({@code c_CID_edit}, {@code c_CID_delete}) appear on others' comments only for managers; others'
 * pending comments ({@code (待审核)}) only for administrators, who see no 本页有 N 个评论…被隐藏 note.
 *
 * @param othersComments whether the page lists a comment by someone else (else the links prove nothing)
 * @param edit an edit link on someone else's comment
 * @param delete a delete link on someone else's comment
 * @param othersPending someone else's pending comment is shown
 * @param hiddenNote the page says comments are hidden from this viewer
 */
public record FrontRights(boolean othersComments, boolean edit, boolean delete, boolean othersPending, boolean hiddenNote) {
    public static final FrontRights NONE = new FrontRights(false, false, false, false, false);

    public static FrontRights of(Document page, String html, Clock clock) {
        long viewer = MemberParser.uid(html);
        if (viewer <= 0) {
            return NONE;
        }
        boolean others = false;
        boolean edit = false;
        boolean delete = false;
        boolean pending = false;
        for (Element item : page.select(Css.of("dl[id^=comment_][id$=_li]"))) {
            Comment c = CommentParser.comment(item, clock);
            if (c.author().uid() != viewer) {
                others = true;
                edit |= item.selectFirst(Css.of("a[id$=_edit]")) != null;
                delete |= item.selectFirst(Css.of("a[id$=_delete]")) != null;
                pending |= c.pending();
            }
        }
        return new FrontRights(others, edit, delete, pending, CommentParser.hidden(page.body()) > 0);
    }
}
