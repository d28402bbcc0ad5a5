package dev.fenghuang.site;

import dev.fenghuang.site.admin.AdminPage;
import dev.fenghuang.site.admin.AdminSession;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.FrontRights;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Capabilities;
import dev.fenghuang.model.QueueFilter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jsoup.nodes.Document;

/**
 * Finds out what an account may do from what the pages show it (5.1 of the protocol reference): an article page
 * with others' comments for the front-end rights, then the admin queue and search pages. The password form, or a
 * lock, means the account is in the admin team: the queue and search are taken as given until the panel opens.
 */
final class CapabilityProbe {
    private final AdminSession session;
    private final Clock clock;

    CapabilityProbe(AdminSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    Capabilities probe(long aid) throws IOException {
        FrontRights front = aid > 0 ? front(aid) : FrontRights.NONE;
        URI queueUrl = session.urls().queue(QueueFilter.pending(), 1, StandardCharsets.UTF_8);
        AdminPage queuePage = session.get(queueUrl);
        if (queuePage instanceof AdminPage.Guest) {
            return Capabilities.NONE;
        }
        boolean password = queuePage instanceof AdminPage.Reauth || queuePage instanceof AdminPage.Locked;
        boolean open = queuePage instanceof AdminPage.Content c && c.doc().selectFirst(Css.of("form#cpform")) != null;
        boolean search = password || searchOpens(queuePage);
        boolean team = password || open || search;
        boolean seesPending = front.othersPending() || !front.hiddenNote() && team;
        return new Capabilities(front.edit(), front.delete(), password || open, search, seesPending, password);
    }

    private boolean searchOpens(AdminPage queuePage) throws IOException {
        if (queuePage instanceof AdminPage.NoAccess) {
            return false;
        }
        AdminPage page = session.get(session.urls().search());
        return page instanceof AdminPage.Content c && c.doc().selectFirst(Css.of("form#articleforum")) != null;
    }

    private FrontRights front(long aid) throws IOException {
        URI url = session.urls().base().resolve("portal.php?mod=view&aid=" + aid);
        WebPage page = session.connection().get(url, null, false);
        Document doc = PageGate.open(page, "#article_content", "article page");
        return FrontRights.of(doc, page.text(), clock);
    }
}
