package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.AjaxAnswer;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.MessageParser;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Sorts what the site answered to a write step into a {@link Reply}: a redirect to (or the body of) the login form,
 * the System Error page, an {@code inajax} envelope (handler call, redirect, or fragment), a message page, or other
 * markup. Throws {@link UnexpectedPage} for an empty body or a redirect elsewhere.
 */
public final class Replies {
    private Replies() {
    }

    public static Reply of(WebPage page) throws UnexpectedPage {
        URI finalUrl = page.url() != null ? page.url() : page.requested();
        return of(page.requested(), page.status(), null, finalUrl, page.text());
    }

    public static Reply of(URI url, FormAnswer answer) throws UnexpectedPage {
        return of(url, answer.status(), answer.location(), url, answer.text());
    }

    private static Reply of(URI url, int status, String location, URI finalUrl, String text)
            throws UnexpectedPage {
        if (isLoginForm(location) || (isLoginForm(finalUrl.toString()) && !isLoginForm(url.toString()))) {
            return new Reply.LoginWall(location != null ? location : finalUrl.toString());
        }
        if (status >= 300 && status < 400) {
            throw new UnexpectedPage(url.toString(), "HTTP " + status + " redirect to " + SiteText.line(location)
                    + " instead of an answer");
        }
        String body = text == null ? "" : text;
        if (body.isBlank()) {
            throw new UnexpectedPage(url.toString(), "an empty answer (HTTP " + status + ")");
        }
        if (body.contains("<![CDATA[")) {
            return ajax(body, finalUrl);
        }
        Document doc = Jsoup.parse(body, finalUrl.toString());
        Optional<SiteMessage> message = MessageParser.message(doc);
        if (MessageParser.isSystemError(doc) && message.isPresent()) {
            return new Reply.SystemError(message.get());
        }
        if (message.isPresent()) {
            return new Reply.Said(AjaxAnswer.Callback.ERROR, "", message.get(), body);
        }
        return new Reply.Markup(doc, body);
    }

    private static Reply ajax(String body, URI url) {
        AjaxAnswer answer = MessageParser.ajax(body);
        if (answer.callback() == AjaxAnswer.Callback.FRAGMENT) {
            return new Reply.Markup(Jsoup.parseBodyFragment(answer.fragment(), url.toString()), answer.fragment());
        }
        SiteMessage said = new SiteMessage(answer.message().text(), answer.message().kind(), answer.values());
        return new Reply.Said(answer.callback(), answer.url(), said, answer.fragment());
    }

    /** A URL of the login form ({@code member.php?mod=logging&action=login}). */
    public static boolean isLoginForm(String url) {
        if (url == null) {
            return false;
        }
        String clean = url.replace("&amp;", "&");
        return "logging".equals(DiscuzUrls.param(clean, "mod")) && "login".equals(DiscuzUrls.param(clean, "action"));
    }
}
