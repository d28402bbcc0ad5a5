package dev.fenghuang.site.admin;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.MessageKinds;
import dev.fenghuang.site.markup.MessageParser;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.write.FormReader;
import dev.fenghuang.site.write.Replies;
import dev.fenghuang.site.write.WriteTexts;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Sorts an {@code admin.php} answer into an {@link AdminPage} (5.3 of the protocol reference), in this order: a
 * redirect, the System Error page, the lock texts, the re-authentication form, the guest page, the not-in-team
 * page, the admin message box, anything else. An empty body that is not a redirect is {@link UnexpectedPage}.
 */
final class AdminPages {
    private AdminPages() {
    }

    static AdminPage of(URI url, int status, String location, String body, Charset charset) throws UnexpectedPage {
        if (status >= 300 && status < 400) {
            if (Replies.isLoginForm(location)) {
                return new AdminPage.Guest(new SiteMessage(WriteTexts.TO_LOGIN, Kind.NO_PERMISSION));
            }
            return new AdminPage.Moved(location == null ? "" : location);
        }
        if (body == null || body.isBlank()) {
            throw new UnexpectedPage(url.toString(), "an empty answer from the admin panel (HTTP " + status + ")");
        }
        Document doc = Jsoup.parse(body, url.toString());
        if (MessageParser.isSystemError(doc)) {
            Optional<SiteMessage> m = MessageParser.message(doc);
            return new AdminPage.SystemError(m.orElse(new SiteMessage("System Error", Kind.OTHER)));
        }
        String text = SiteText.line(doc.text());
        if (text.contains(AdminTexts.PANEL_LOCKED) || text.contains(AdminTexts.USER_LOCKED)) {
            return new AdminPage.Locked(locked(doc, text));
        }
        Element reauth = reauthForm(doc);
        if (reauth != null) {
            return new AdminPage.Reauth(FormReader.read(reauth, url, charset));
        }
        return gate(doc, text);
    }

    private static AdminPage gate(Document doc, String text) {
        Element box = doc.selectFirst(Css.of("div.loginbox, p.logintips, div.container.loginbox"));
        if (box != null && SiteText.of(box).contains(AdminTexts.GUEST)) {
            return new AdminPage.Guest(new SiteMessage(firstLine(box), Kind.NO_PERMISSION));
        }
        if (text.contains(AdminTexts.NO_ACCESS) && doc.selectFirst(Css.of("form#cpform")) == null) {
            Element from = box != null ? box : doc.body();
            Element span = from == null ? null : from.selectFirst(Css.of("span"));
            from = span != null && SiteText.of(span).contains(AdminTexts.NO_ACCESS) ? span : from;
            return new AdminPage.NoAccess(new SiteMessage(SiteText.of(from), Kind.NO_PERMISSION));
        }
        Element title = doc.selectFirst(Css.of("div.infobox h4"));
        if (title != null) {
            String said = SiteText.of(title);
            boolean error = title.hasClass("infotitle3");
            Element link = doc.selectFirst(Css.of("div.infobox a.lightlink, div.infobox a[href]"));
            String forward = link == null ? "" : SiteText.url(link.attr("href"));
            Kind kind = error ? MessageKinds.of(said) : Kind.OTHER;
            return new AdminPage.Said(new SiteMessage(said, kind), !error, forward);
        }
        return new AdminPage.Content(doc);
    }

    /** {@code form#loginform}, or any form with an {@code admin_password} field; null when there is none. */
    static Element reauthForm(Document doc) {
        Element field = doc.selectFirst(Css.of("form input[name=admin_password]"));
        return field == null ? null : field.closest(Css.of("form"));
    }

    /** The heading of the guest page (您尚未登录网站), or the whole tip of the X3.4 page. */
    private static String firstLine(Element box) {
        Element h1 = box.selectFirst(Css.of("h1"));
        return h1 != null ? SiteText.of(h1) : SiteText.of(box);
    }

    private static SiteMessage locked(Document doc, String text) {
        String marker = text.contains(AdminTexts.PANEL_LOCKED) ? AdminTexts.PANEL_LOCKED : AdminTexts.USER_LOCKED;
        String said = text;
        for (Element e : doc.select(Css.of("div.loginbox, div.infobox, p.logintips, span, p, h4, div"))) {
            String own = SiteText.of(e);
            if (own.contains(marker) && own.length() < said.length()) {
                said = own;
            }
        }
        String seconds = AdminTexts.lockSeconds(said);
        Map<String, String> values = seconds != null && marker.equals(AdminTexts.PANEL_LOCKED)
                ? Map.of("seconds", seconds) : Map.of();
        return new SiteMessage(said, Kind.LOGIN_FAILED, values);
    }
}
