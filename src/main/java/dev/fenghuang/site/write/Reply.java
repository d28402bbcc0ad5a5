package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.AjaxAnswer;
import dev.fenghuang.model.SiteMessage;
import org.jsoup.nodes.Document;

/** One answer of the site to a write step (a form GET, a submit), sorted by shape before anyone reads its words. */
public sealed interface Reply {

    /**
     * The site said something: an {@code inajax} handler call or dialog, or a message page.
     *
     * @param callback which handler carried it ({@code ERROR} for dialogs and message pages)
     * @param url the forward URL of a {@code succeedhandle_} call or a redirect, else empty
     * @param message the text with the call's values
     * @param fragment the raw fragment or page, for the few answers that hide more in their scripts
     */
    record Said(AjaxAnswer.Callback callback, String url, SiteMessage message, String fragment) implements Reply {
    }

    /** A form or other markup to read as HTML: an ajax fragment or a whole page. */
    record Markup(Document doc, String html) implements Reply {
    }

    /** Only a signed-in member may go on: the 302 to the ajax login form, or that form itself. */
    record LoginWall(String url) implements Reply {
    }

    /** Discuz's System Error page, as sent (HTTP 503) for a wrong formhash. */
    record SystemError(SiteMessage message) implements Reply {
    }
}
