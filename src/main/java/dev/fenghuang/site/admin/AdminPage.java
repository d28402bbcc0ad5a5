package dev.fenghuang.site.admin;

import dev.fenghuang.site.write.FormData;
import dev.fenghuang.model.SiteMessage;
import org.jsoup.nodes.Document;

/** One answer of {@code admin.php}, sorted by what it is before anyone reads it further. */
public sealed interface AdminPage {

    /** The re-authentication form ({@code form#loginform} with {@code admin_password}): no live admin session. */
    record Reauth(FormData form) implements AdminPage {
    }

    /** The front-end login is gone: {@code login_cp_guest}, or a redirect to the login form. */
    record Guest(SiteMessage message) implements AdminPage {
    }

    /** Not in the admin team ({@code login_cp_noaccess}). */
    record NoAccess(SiteMessage message) implements AdminPage {
    }

    /** The panel ({@code login_cplock}, values {@code seconds}) or the account ({@code login_user_lock}) is locked. */
    record Locked(SiteMessage message) implements AdminPage {
    }

    /**
     * The admin message box ({@code div.infobox h4}).
     *
     * @param success {@code infotitle2} (anything but the error class {@code infotitle3})
     * @param forward the forward link, or empty
     */
    record Said(SiteMessage message, boolean success, String forward) implements AdminPage {
    }

    /** The System Error page (HTTP 503), as for a formhash that is not the admin one. */
    record SystemError(SiteMessage message) implements AdminPage {
    }

    /** A redirect not followed, as after a successful re-authentication (302 back to the URL). */
    record Moved(String location) implements AdminPage {
    }

    /** Any other admin page: a list, a form, an action's result. */
    record Content(Document doc) implements AdminPage {
    }
}
