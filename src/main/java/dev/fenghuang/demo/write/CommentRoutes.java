package dev.fenghuang.demo.write;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.Stores;
import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.store.CommentText;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import java.util.Optional;

/**
 * {@code portal.php?mod=portalcp&ac=comment}: posting (3.5, checks in the real order), quoting, editing and
 * deleting (3.6). A comment that becomes pending joins the moderation queue; editing it back to visible leaves its
 * queue entry, as X3.4 and X3.5 do; deleting it removes the entry.
 */
public final class CommentRoutes {
    private final Stores stores;
    private final MessageAnswer answers;
    private final PageChrome chrome;

    public CommentRoutes(Stores stores, MessageAnswer answers, PageChrome chrome) {
        this.stores = stores;
        this.answers = answers;
        this.chrome = chrome;
    }

    public PageResponse route(Visit visit) {
        return switch (visit.request().param("op")) {
            case "requote" -> requote(visit);
            case "edit" -> edit(visit);
            case "delete" -> delete(visit);
            default -> answers.answer(visit, post(visit));
        };
    }

    private Message post(Visit visit) {
        PageRequest request = visit.request();
        if (!SubmitCheck.passes(visit, "commentsubmit")) {
            return Message.of(MessageTexts.SUBMIT_INVALID);
        }
        if (visit.site().captcha() && !CaptchaField.verify(visit, stores.captchas())) {
            return Message.of(MessageTexts.SECCODE_INVALID);
        }
        if (visit.member().guest()) {
            return MessageTexts.noPermission(visit.group()).needsLogin();
        }
        long now = visit.site().now();
        int wait = stores.flood().waitFor(visit.member(), now);
        if (wait > 0) {
            return Message.of(String.format(MessageTexts.TOO_FAST, wait)).value("waittime", wait);
        }
        int aid = request.intParam("aid");
        String referer = request.param("referer").isEmpty() ? "portal.php?mod=comment&id=" + aid + "&idtype=aid"
                : request.param("referer");
        String errorForward = referer.startsWith("http://") || referer.startsWith("https://") ? referer
                : visit.siteUrl() + "./" + referer;
        String message = CommentText.prepare(request.param("message"));
        Optional<PortalArticle> article = stores.content().article(aid);
        if (aid == 0) {
            return Message.of(MessageTexts.COMMENT_NO_ARTICLE).forward(errorForward);
        }
        if (CommentText.tooShort(message, visit.site().charset())) {
            return Message.of(MessageTexts.TOO_SHORT).forward(errorForward);
        }
        if (article.isEmpty()) {
            return Message.of(MessageTexts.COMMENT_NO_ARTICLE).forward(errorForward);
        }
        if (!article.get().commentsAllowed()) {
            return Message.of(MessageTexts.COMMENT_NOT_ALLOWED).forward(errorForward);
        }
        if (Censor.banned(message)) {
            return Message.of(MessageTexts.WORD_BANNED);
        }
        int status = Censor.moderated(message) ? PortalComment.PENDING : PortalComment.VISIBLE;
        PortalComment added = stores.content().addComment(aid, visit.member(), now, CommentText.toHtml(message), status,
                message);
        if (status == PortalComment.PENDING) {
            stores.queue().hold(added.cid(), now);
        }
        stores.flood().posted(visit.member(), now);
        return Message.of(MessageTexts.DO_SUCCESS).forward(referer).quickForward().wrote();
    }

    private PageResponse requote(Visit visit) {
        Optional<PortalComment> comment = stores.content().comment(visit.request().intParam("cid"));
        if (comment.isEmpty()) {
            return answers.answer(visit, Message.of(MessageTexts.COMMENT_EDIT_MISSING));
        }
        String quote = CommentText.quote(comment.get());
        return visit.request().ajax() ? AjaxEnvelope.of(visit, 200, quote)
                : PageResponse.text(200, "text/html", quote);
    }

    private PageResponse edit(Visit visit) {
        Optional<PortalComment> found = stores.content().comment(visit.request().intParam("cid"));
        if (found.isEmpty()) {
            return answers.answer(visit, Message.of(MessageTexts.COMMENT_EDIT_MISSING));
        }
        PortalComment comment = found.get();
        if (!CommentRights.mayEdit(visit.member(), comment)) {
            return answers.answer(visit, MessageTexts.noPermission(visit.group()));
        }
        if (visit.request().param("editsubmit").isEmpty()) {
            return form(visit, CommentForms.edit(visit, comment));
        }
        return answers.answer(visit, editSubmit(visit, comment));
    }

    private Message editSubmit(Visit visit, PortalComment comment) {
        if (!SubmitCheck.passes(visit, "editsubmit")) {
            return Message.of(MessageTexts.SUBMIT_INVALID);
        }
        String message = CommentText.prepare(visit.request().param("message"));
        if (CommentText.tooShort(message, visit.site().charset())) {
            return Message.of(MessageTexts.TOO_SHORT);
        }
        if (Censor.banned(message)) {
            return Message.of(MessageTexts.WORD_BANNED);
        }
        int status = Censor.moderated(message) ? PortalComment.PENDING : PortalComment.VISIBLE;
        stores.content().replaceComment(comment.edited(CommentText.toHtml(message), status, message));
        if (status == PortalComment.PENDING) {
            stores.queue().hold(comment.cid(), visit.site().now());
        }
        return Message.of(MessageTexts.DO_SUCCESS).forward(forward(visit, comment)).quickForward().wrote();
    }

    private PageResponse delete(Visit visit) {
        Optional<PortalComment> found = stores.content().comment(visit.request().intParam("cid"));
        if (found.isEmpty()) {
            return answers.answer(visit, Message.of(MessageTexts.COMMENT_DELETE_MISSING));
        }
        PortalComment comment = found.get();
        if (!CommentRights.mayDelete(visit.member(), comment)) {
            return answers.answer(visit, MessageTexts.noPermission(visit.group()));
        }
        if (visit.request().param("deletesubmit").isEmpty()) {
            return form(visit, CommentForms.delete(visit, comment));
        }
        if (!SubmitCheck.passes(visit, "deletesubmit")) {
            return answers.answer(visit, Message.of(MessageTexts.SUBMIT_INVALID));
        }
        stores.content().deleteComment(comment);
        stores.queue().release(comment.cid());
        return answers.answer(visit, Message.of(MessageTexts.DO_SUCCESS).forward(forward(visit, comment)).quickForward().wrote());
    }

    /** The posted {@code referer}, else the Referer header, else the article. */
    private static String forward(Visit visit, PortalComment comment) {
        PageRequest request = visit.request();
        if (!request.param("referer").isEmpty()) {
            return request.param("referer");
        }
        return request.referer().isEmpty() ? visit.siteUrl() + "portal.php?mod=view&aid=" + comment.aid()
                : request.referer();
    }

    private PageResponse form(Visit visit, String fragment) {
        if (visit.request().ajax()) {
            return AjaxEnvelope.of(visit, 200, fragment);
        }
        String main = "<div id=\"ct\" class=\"wp cl\">\n<div class=\"mn\">\n<div class=\"bm\">\n" + fragment
                + "</div>\n</div>\n</div>\n";
        return PageResponse.html(200, chrome.page(visit, "门户 -  " + SiteSettings.SITE_NAME
                + " -  Powered by Discuz!", "mn_portal", "common", main));
    }
}
