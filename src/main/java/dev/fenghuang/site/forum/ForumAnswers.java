package dev.fenghuang.site.forum;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.site.markup.AjaxAnswer;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.write.Outcomes;
import dev.fenghuang.site.write.Reply;
import dev.fenghuang.site.write.WriteTexts;
import java.util.Map;
import java.util.Optional;

/**
 * What the site's answer to a forum post means (4.4–4.6): a {@code succeedhandle_} call carries fid, tid and pid,
 * and is a success or a post held for moderation (回复需要审核 / 新主题需要审核 / 编辑后的回复需要审核, or
 * {@code reply_mod}); flood control ({@code floodctrl}) is {@code Refused} of kind TOO_FAST with {@code waittime};
 * a stale form hash or the login wall is {@code NeedsLogin}; anything else is {@code Refused} in the site's words.
 * Pure: the answer in, the outcome out.
 */
final class ForumAnswers {
    private ForumAnswers() {
    }

    static ForumWrite of(Reply reply, String where) throws UnexpectedPage {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return ForumWrite.of(common.get());
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(where, "the post's answer is neither a message nor XML");
        }
        SiteMessage m = said.message();
        Map<String, String> v = m.values();
        long pid = DiscuzUrls.number(v.get("pid"));
        if (said.callback() == AjaxAnswer.Callback.SUCCEED && (pid > 0 || isHeld(m) || isEdited(m.text()))) {
            long tid = DiscuzUrls.number(v.get("tid"));
            int fid = (int) DiscuzUrls.number(v.get("fid"));
            return new ForumWrite(new PostResult.Posted(m.text(), pid, isHeld(m)), fid, tid, pid, 0);
        }
        if (WriteTexts.isSubmitInvalid(m)) {
            return ForumWrite.of(new PostResult.NeedsLogin(m));
        }
        return ForumWrite.of(new PostResult.Refused(m));
    }

    /** The key of a delete the site answered as an edit: nothing was deleted. */
    static final String NOT_DELETED = "post_edit_not_deleted";

    /**
     * The answer to a post deleted through its edit form (4.6): {@code post_edit_delete_succeed} (主题删除成功) is
     * {@code Posted} without a pid; an edit's success instead ({@code post_edit_succeed}, 帖子编辑成功) is
     * {@code Refused} as {@value #NOT_DELETED} with the site's words in {@code said}; every refusal is {@code Refused}
     * in the site's words, a stale form or the login wall {@code NeedsLogin}.
     */
    static ForumWrite deleted(Reply reply, String where) throws UnexpectedPage {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return ForumWrite.of(common.get());
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(where, "the delete's answer is neither a message nor XML");
        }
        SiteMessage m = said.message();
        if (said.callback() == AjaxAnswer.Callback.SUCCEED && m.text().contains("删除成功")) {
            return ForumWrite.of(new PostResult.Posted(m.text(), 0, false));
        }
        if (WriteTexts.isSubmitInvalid(m)) {
            return ForumWrite.of(new PostResult.NeedsLogin(m));
        }
        if (isEdited(m.text())) {
            return ForumWrite.of(new PostResult.Refused(new SiteMessage(NOT_DELETED, SiteMessage.Kind.OTHER,
                    Map.of("said", m.text().strip()))));
        }
        return ForumWrite.of(new PostResult.Refused(m));
    }

    /** Held for moderation: 需要审核 in the text, or the {@code reply_mod} flag X3.5 adds. */
    static boolean isHeld(SiteMessage m) {
        return m.text().contains("需要审核") || "1".equals(m.values().get("reply_mod"));
    }

    /** post_edit_succeed and the others whose answer carries no pid. */
    private static boolean isEdited(String text) {
        return text.contains("编辑成功") || text.contains("发布成功") || text.contains("已发布");
    }
}
