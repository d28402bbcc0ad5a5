package dev.fenghuang.site.admin;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.write.Replies;
import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Requests to {@code admin.php} (5.3 of the protocol reference). Keeps what the panel's own pages say: its form
 * hash (never the front end's: that one gets the System Error page), the site charset, and the URL that last asked
 * for the password. The panel's session itself lives on the server, keyed by the member's uid.
 *
 * <p>Any admin request answered with the re-authentication form throws {@link AdminSessionExpired}; the login gone,
 * not being in the admin team, a lock, or an error message throw {@link SiteRefused} with the site's words.
 */
public final class AdminSession {
    private final SiteConnection connection;
    private final AdminUrls urls;
    private String formhash;
    private Charset charset;
    private URI resumeAt;

    /** The fields of a form post, made once the admin form hash is known. */
    @FunctionalInterface
    interface Fields {
        List<Map.Entry<String, String>> with(String formhash);
    }

    public AdminSession(SiteConnection connection, AdminUrls urls) {
        this.connection = connection;
        this.urls = urls;
    }

    public AdminUrls urls() {
        return urls;
    }

    public SiteConnection connection() {
        return connection;
    }

    /** A GET, sorted. Learns the form hash and charset from what it reads; never throws for a sorted answer. */
    public AdminPage get(URI url) throws IOException {
        WebPage page = connection.get(url, null, false);
        charset = page.charset();
        URI at = page.url() != null ? page.url() : url;
        AdminPage sorted = Replies.isLoginForm(at.toString()) && !at.equals(url)
                ? AdminPages.of(url, 302, at.toString(), "", charset)
                : AdminPages.of(url, page.status(), null, page.text(), charset);
        return learn(url, sorted);
    }

    /** A GET of an admin page that must be one ({@code Content}); anything else throws as the class says. */
    Document open(URI url, String what) throws IOException {
        AdminPage page = demand(url, get(url));
        if (page instanceof AdminPage.Content content) {
            return content.doc();
        }
        throw new UnexpectedPage(url.toString(), "not the " + what + " but " + page.getClass().getSimpleName());
    }

    /**
     * Posts with the admin form hash, read first from {@code formPage} when none is known. A System Error answer
     * (the hash is stale: the front-end login changed) is retried once with a hash read again; nothing ran the
     * first time. Returns a message (also an error: the caller decides), a redirect or a page; the password
     * form, the login gone, no access, a lock or the System Error again throw as the class says.
     */
    AdminPage post(URI url, Fields fields, URI formPage) throws IOException {
        if (formhash == null) {
            open(formPage, "admin form page");
        }
        AdminPage answer = send(url, fields, formPage);
        if (answer instanceof AdminPage.SystemError) {
            formhash = null;
            open(formPage, "admin form page");
            answer = send(url, fields, formPage);
        }
        return answer instanceof AdminPage.Said ? answer : demand(url, answer);
    }

    private AdminPage send(URI url, Fields fields, URI referer) throws IOException {
        if (formhash == null) {
            throw new UnexpectedPage(referer.toString(), "no admin form hash (input[name=formhash]) on the page");
        }
        FormAnswer a = connection.post(url, fields.with(formhash), charset(), referer);
        return learn(url, AdminPages.of(url, a.status(), a.location(), a.text(), charset()));
    }

    /** The site charset as its admin pages declare it; read from the admin home when no page was read yet. */
    Charset charset() throws IOException {
        if (charset == null) {
            get(urls.home());
        }
        return charset;
    }

    /** The URL to show the re-authentication form for: the one that last asked for it, else the admin home. */
    URI resumeAt() {
        return resumeAt != null ? resumeAt : urls.home();
    }

    void opened() {
        resumeAt = null;
    }

    private AdminPage learn(URI url, AdminPage page) {
        if (page instanceof AdminPage.Content content) {
            Element hash = content.doc().selectFirst(Css.of("form input[name=formhash]"));
            if (hash != null && !hash.attr("value").isBlank()) {
                formhash = hash.attr("value").strip();
            }
        } else if (page instanceof AdminPage.Reauth reauth) {
            resumeAt = url;
            String hash = reauth.form().get("formhash");
            formhash = hash == null || hash.isBlank() ? formhash : hash.strip();
        }
        return page;
    }

    /** Throws for every answer that is not the panel doing its work. */
    static AdminPage demand(URI url, AdminPage page) throws IOException {
        if (page instanceof AdminPage.Reauth) {
            throw new AdminSessionExpired(url.toString());
        }
        if (page instanceof AdminPage.Guest g) {
            throw new SiteRefused(g.message());
        }
        if (page instanceof AdminPage.NoAccess n) {
            throw new SiteRefused(n.message());
        }
        if (page instanceof AdminPage.Locked l) {
            throw new SiteRefused(l.message());
        }
        if (page instanceof AdminPage.SystemError e) {
            throw new SiteRefused(e.message());
        }
        if (page instanceof AdminPage.Said said && !said.success()) {
            throw new SiteRefused(said.message());
        }
        return page;
    }
}
