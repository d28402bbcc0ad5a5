package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The requests of the write side: ajax GETs of dialogs and actions, form submits, each sorted into a
 * {@link Reply}. A connection failure is the connection's {@link IOException}, passed through.
 */
public final class SiteCalls {
    private final SiteConnection connection;
    private final DiscuzUrls urls;

    public SiteCalls(SiteConnection connection, DiscuzUrls urls) {
        this.connection = connection;
        this.urls = urls;
    }

    public DiscuzUrls urls() {
        return urls;
    }

    SiteConnection connection() {
        return connection;
    }

    /** A plain GET of a page, as a reader would fetch it. */
    public WebPage page(URI url) throws IOException {
        return connection.get(url, null, false);
    }

    /** An {@code inajax} GET with a Referer from the site. */
    public WebPage ajaxPage(URI url, URI referer) throws IOException {
        return connection.get(url, referer, true);
    }

    Reply ajax(URI url, URI referer) throws IOException {
        return Replies.of(ajaxPage(url, referer));
    }

    /** Posts the form to its action with {@code inajax=1}, in the charset of its page, Referer its page. */
    public Reply submit(FormData form, String handlekey) throws IOException {
        URI url = form.ajaxAction(handlekey);
        return Replies.of(url, connection.post(url, form.fields(), form.charset(), form.page()));
    }

    /** Whether the client holds a login cookie ({@code {pre}auth}). */
    public boolean holdsLogin() {
        return connection.cookieEndingWith("_auth").filter(v -> !v.isEmpty() && !v.equals("deleted")).isPresent();
    }

    /**
     * Opens an ajax dialog holding a form (edit, delete, favourite): the form whose id starts with
     * {@code formIdPrefix}, or the outcome the site gave instead (a message, the login wall).
     */
    public Opened dialog(URI url, URI referer, String formIdPrefix) throws IOException {
        WebPage page = ajaxPage(url, referer);
        Reply reply = Replies.of(page);
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return Opened.refused(common.get());
        }
        if (reply instanceof Reply.Said said) {
            return Opened.refused(Outcomes.refused(said.message()));
        }
        if (reply instanceof Reply.Markup markup) {
            Element form = markup.doc().selectFirst("form[id^=" + formIdPrefix + "]");
            if (form != null) {
                URI from = page.url() != null ? page.url() : url;
                return Opened.form(FormReader.read(form, from, page.charset()).withPage(referer));
            }
            if (markup.doc().selectFirst("form[id^=loginform_]") != null) {
                return Opened.refused(Outcomes.needsLogin());
            }
        }
        throw new UnexpectedPage(url.toString(), "neither a " + formIdPrefix + "… form nor a message");
    }

    /** A dialog's form, or what the site said instead of it. */
    public record Opened(FormData form, PostResult refusal) {
        static Opened form(FormData form) {
            return new Opened(form, null);
        }

        static Opened refused(PostResult result) {
            return new Opened(null, result);
        }
    }
}
