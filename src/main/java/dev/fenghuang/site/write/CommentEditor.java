package dev.fenghuang.site.write;

import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.MessageParser;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * Quote, edit and delete of a portal comment (3.6 of the protocol reference): the requote text, and the edit and
 * delete dialogs whose forms are posted back as the site drew them.
 */
public final class CommentEditor {
    private static final String ENDPOINT = "portal.php?mod=portalcp&ac=comment";

    private final SiteCalls calls;

    public CommentEditor(SiteCalls calls) {
        this.calls = calls;
    }

    /**
     * The {@code [quote]NAME: TEXT[/quote]} to put before a reply, without the blank lines the site adds; empty
     * when the site has nothing to quote.
     *
     * @throws SiteRefused when the site answers with a message instead
     */
    public String quote(long cid) throws IOException {
        URI base = calls.urls().base();
        URI url = base.resolve(ENDPOINT + "&op=requote&cid=" + cid + "&aid=&inajax=1");
        WebPage page = calls.ajaxPage(url, base);
        Reply reply = Replies.of(page);
        if (reply instanceof Reply.Said said) {
            throw new SiteRefused(said.message());
        }
        if (reply instanceof Reply.SystemError error) {
            throw new SiteRefused(error.message());
        }
        if (reply instanceof Reply.LoginWall) {
            throw new SiteRefused(new SiteMessage(WriteTexts.TO_LOGIN, Kind.NO_PERMISSION));
        }
        String fragment = MessageParser.cdata(page.text());
        if (fragment.contains("<") && !fragment.contains("[quote]")) {
            throw new UnexpectedPage(url.toString(), "the requote answer is markup, not a [quote]");
        }
        return SiteText.strip(Parser.unescapeEntities(fragment, false)).strip();
    }

    /**
     * The comment's text as its edit dialog holds it (BBCode), read without sending anything back.
     *
     * @throws SiteRefused when the site shows a message instead (no such comment, no right to edit it)
     */
    public String text(long cid) throws IOException {
        URI base = calls.urls().base();
        URI url = base.resolve(ENDPOINT + "&op=edit&cid=" + cid + "&handlekey=c_" + cid + "_edit&inajax=1");
        SiteCalls.Opened opened = calls.dialog(url, base, "editcommentform_");
        if (opened.refusal() instanceof PostResult.Refused refused) {
            throw new SiteRefused(refused.message());
        }
        if (opened.refusal() != null) {
            throw new SiteRefused(new SiteMessage(WriteTexts.TO_LOGIN, Kind.NO_PERMISSION));
        }
        String text = opened.form().get("message");
        if (text == null) {
            throw new UnexpectedPage(url.toString(), "the edit dialog has no message field");
        }
        return SiteText.strip(text).strip();
    }

    public PostResult edit(long cid, String text) throws IOException {
        String key = "c_" + cid + "_edit";
        URI base = calls.urls().base();
        URI url = base.resolve(ENDPOINT + "&op=edit&cid=" + cid + "&handlekey=" + key + "&inajax=1");
        SiteCalls.Opened opened = calls.dialog(url, base, "editcommentform_");
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        SiteCharset.check(text, opened.form().charset());
        FormData form = opened.form().with("message", text).withDefault("editsubmit", "true");
        return done(calls.submit(form, key), cid, form);
    }

    public PostResult delete(long cid) throws IOException {
        String key = "delcommenthk_" + cid;
        URI base = calls.urls().base();
        URI url = base.resolve(ENDPOINT + "&op=delete&cid=" + cid + "&handlekey=" + key + "&inajax=1");
        SiteCalls.Opened opened = calls.dialog(url, base, "deletecommentform_");
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        FormData form = opened.form().withDefault("deletesubmit", "true");
        return done(calls.submit(form, key), cid, form);
    }

    /** 操作成功 → Posted(cid); what every write shares; any other message → Refused. */
    private static PostResult done(Reply reply, long cid, FormData form) throws UnexpectedPage {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return common.get();
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(form.action().toString(), "the answer is neither a message nor XML");
        }
        if (WriteTexts.isDone(said.message())) {
            return new PostResult.Posted(said.message().text(), cid, false);
        }
        if (WriteTexts.isSubmitInvalid(said.message())) {
            return new PostResult.NeedsLogin(said.message());
        }
        return new PostResult.Refused(said.message());
    }
}
