package dev.fenghuang.demo.page;

import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Answers a {@link Message} the way the request asks (1.7): inajax gets the XML envelope (text + script for
 * POST, {@code ajaxmenu} and forced messages, the dialog for other GETs, an empty 302 to the login form for a
 * guest's GET that needs login); a plain request gets a bare 301 for quick-forward keys, else the message page.
 */
public final class MessageAnswer {
    private final MessagePageRenderer pages;
    private final UnaryOperator<String> wording;

    public MessageAnswer(MessagePageRenderer pages) {
        this(pages, UnaryOperator.identity());
    }

    /** Answers that say {@code wording} of each message's text. */
    public MessageAnswer(MessagePageRenderer pages, UnaryOperator<String> wording) {
        this.pages = pages;
        this.wording = wording;
    }

    public PageResponse answer(Visit visit, Message said) {
        Message message = new Message(wording.apply(said.text()), said.values(), said.forward(), said.extra(),
                said.inline(), said.success(), said.login(), said.quick(), said.status(), said.stored());
        PageResponse response = render(visit, message);
        return message.stored() ? response.asStored() : response;
    }

    private PageResponse render(Visit visit, Message message) {
        PageRequest request = visit.request();
        String key = request.handlekey();
        if (message.login() && visit.member().guest() && !request.post() && request.ajax()) {
            return loginRedirect(visit, key);
        }
        if (request.ajax()) {
            boolean inline = message.inline() || request.post() && request.param("nopost").isEmpty()
                    || !request.param("ajaxmenu").isEmpty();
            return AjaxEnvelope.of(visit, message.status(),
                    inline ? AjaxEnvelope.inline(key, message) : AjaxEnvelope.dialog(key, message));
        }
        if (message.forward() != null && (message.quick() || request.param("quickforward").equals("yes"))) {
            return PageResponse.redirect(301, message.forward());
        }
        if (message.login() && visit.member().guest()) {
            return pages.login(visit, message.status(), message.text());
        }
        if (message.forward() == null) {
            return pages.error(visit, message.status(), message.text());
        }
        return pages.forward(visit, message.status(), message.success() ? "alert_right" : "alert_info",
                message.text(), message.forward());
    }

    /** The 302 of 1.7.2 with the {@code _refer} cookie: empty body, lower-case {@code location}. */
    public static PageResponse loginRedirect(Visit visit, String handlekey) {
        String refer = URLEncoder.encode(URLEncoder.encode(visit.request().target(), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        return PageResponse.redirect(302, "member.php?mod=logging&action=login&handlekey=" + handlekey
                + "&infloat=yes&inajax=yes&guestmessage=yes")
                .withHeader("Set-Cookie", visit.site().cookiePrefix() + "_refer=" + refer + "; path=/");
    }
}
