package dev.fenghuang.site.write;

import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.CommentParser;
import dev.fenghuang.site.read.MemberParser;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a portal comment through the article page's {@code form#cform} (3.5 of the protocol reference): every
 * field the form holds, the text in the site charset, {@code inajax=1} so the outcome is a message. A stale form
 * hash gets one fresh form; the success is confirmed on the article page for the comment id and 待审核.
 */
public final class CommentWriter {
    static final String HANDLEKEY = "cli";
    private static final Logger log = LoggerFactory.getLogger(CommentWriter.class);

    private final SiteCalls calls;
    private final CaptchaLoader captchas;
    private final OwnComments own;
    private String captchaHash;

    public CommentWriter(SiteCalls calls, CaptchaLoader captchas, OwnComments own) {
        this.calls = calls;
        this.captchas = captchas;
        this.own = own;
    }

    public PostResult comment(long aid, String text, String captchaAnswer, DiscuzAccount.BeforeSend beforeSend)
            throws IOException {
        return comment(aid, text, captchaAnswer, beforeSend, true);
    }

    private PostResult comment(long aid, String text, String captchaAnswer, DiscuzAccount.BeforeSend beforeSend,
                               boolean mayRetry) throws IOException {
        ArticleForm opened = open(aid);
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        FormData form = opened.form();
        SiteCharset.check(text, form.charset());
        form = form.with("message", text).withDefault("commentsubmit", "true");
        String hash = captchaHash != null ? captchaHash : form.captcha();
        if (hash != null && (captchaAnswer == null || captchaAnswer.isBlank())) {
            return needsCaptcha(hash, form, new SiteMessage(WriteTexts.CAPTCHA_PROMPT, Kind.OTHER));
        }
        if (hash != null) {
            form = form.with("seccodehash", hash).with("seccodeverify", captchaAnswer.strip())
                    .with("seccodemodid", form.captchaModid() != null ? form.captchaModid() : "portal::portalcp");
        }
        captchaHash = null;
        beforeSend.sending(opened.newest());
        Reply reply = calls.submit(form, HANDLEKEY);
        if (mayRetry && reply instanceof Reply.Said said && WriteTexts.isSubmitInvalid(said.message())) {
            log.debug("comment on {}: form hash refused, reading the form again", aid);
            captchaHash = hash;
            return comment(aid, text, captchaAnswer, beforeSend, false);
        }
        return outcome(reply, aid, text, opened, form, hash);
    }

    private PostResult outcome(Reply reply, long aid, String text, ArticleForm opened, FormData form, String hash)
            throws IOException {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return common.get();
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(form.action().toString(), "the comment answer is neither a message nor XML");
        }
        SiteMessage m = said.message();
        if (WriteTexts.isDone(m)) {
            return confirmed(aid, text, opened, m);
        }
        if (WriteTexts.isSubmitInvalid(m)) {
            return new PostResult.NeedsLogin(m);
        }
        if (WriteTexts.isCaptcha(m)) {
            return needsCaptcha(hash != null ? hash : "cSfh" + aid, form, m);
        }
        return new PostResult.Refused(m);
    }

    private PostResult needsCaptcha(String hash, FormData form, SiteMessage m) throws IOException {
        captchaHash = hash;
        return new PostResult.NeedsCaptcha(captchas.load(hash, form.page()), m);
    }

    /** Posted, with the new comment's id and 待审核 when the article page shows it; plain Posted if it cannot. */
    private PostResult confirmed(long aid, String text, ArticleForm opened, SiteMessage m) {
        if (opened.uid() <= 0) {
            return new PostResult.Posted(m.text(), 0, false);
        }
        try {
            Optional<Comment> mine = own.find(aid, text, opened.uid(), opened.newest());
            return mine.<PostResult>map(c -> new PostResult.Posted(m.text(), c.cid(), c.pending()))
                    .orElseGet(() -> new PostResult.Posted(m.text(), 0, false));
        } catch (IOException e) {
            log.debug("comment on {} posted; reading it back failed: {}", aid, e.getMessage());
            return new PostResult.Posted(m.text(), 0, false);
        }
    }

    /** The article page's comment form, the member it shows, or why there is nothing to post to. */
    private ArticleForm open(long aid) throws IOException {
        WebPage page = calls.page(calls.urls().article(aid, 1));
        Document doc;
        try {
            doc = PageGate.open(page, "#article_content", "article page");
        } catch (SiteRefused e) {
            SiteMessage m = e.siteMessage();
            return ArticleForm.refused(WriteTexts.needsLogin(m) ? new PostResult.NeedsLogin(m) : new PostResult.Refused(m));
        }
        long uid = MemberParser.uid(page.text());
        if (uid == 0 && calls.holdsLogin()) {
            return ArticleForm.refused(Outcomes.needsLogin());
        }
        Element form = doc.getElementById("cform");
        if (form == null) {
            return ArticleForm.refused(new PostResult.Refused(new SiteMessage(WriteTexts.COMMENTS_CLOSED, Kind.CLOSED)));
        }
        long newest = CommentParser.comments(doc.getElementById("comment"), java.time.Clock.systemUTC()).stream()
                .mapToLong(dev.fenghuang.model.Comment::cid).max().orElse(0);
        return new ArticleForm(FormReader.read(form, page.url(), page.charset()), uid, newest, null);
    }

    /** The comment form, the member, the newest comment id the page showed, or why there is nothing to post to. */
    private record ArticleForm(FormData form, long uid, long newest, PostResult refusal) {
        static ArticleForm refused(PostResult refusal) {
            return new ArticleForm(null, 0, 0, refusal);
        }
    }
}
