package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.markup.Queries;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.read.MemberParser;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reactions (表态, 3.7 of the protocol reference). The clickid of a reaction is its position on this site, and the
 * link carries a hash no client can compute: both are read from the article page's {@code #click_div} links, then
 * the chosen link is requested as an ajax GET. Success arrives through {@code errorhandle_} (表态成功).
 */
public final class ReactionWriter {
    private final SiteCalls calls;

    public ReactionWriter(SiteCalls calls) {
        this.calls = calls;
    }

    /** @param nameOrPosition a reaction's name as the page shows it (鲜花) or its 1-based position */
    public PostResult react(long aid, String nameOrPosition) throws IOException {
        WebPage page = calls.page(calls.urls().article(aid, 1));
        Document doc;
        try {
            doc = PageGate.open(page, "#article_content", "article page");
        } catch (SiteRefused e) {
            return new PostResult.Refused(e.siteMessage());
        }
        if (MemberParser.uid(page.text()) == 0 && calls.holdsLogin()) {
            return Outcomes.needsLogin();
        }
        Map<Integer, Element> links = links(doc.getElementById("click_div"));
        if (links.isEmpty()) {
            return new PostResult.Refused(new SiteMessage("this article offers no reactions", Kind.CLOSED));
        }
        Optional<Map.Entry<Integer, Element>> chosen = choose(links, nameOrPosition == null ? "" : nameOrPosition.strip());
        if (chosen.isEmpty()) {
            return new PostResult.Refused(new SiteMessage("no reaction " + nameOrPosition + " here; the site offers "
                    + offered(links), Kind.NOT_OFFERED, Map.of("wanted", String.valueOf(nameOrPosition),
                    "offered", offered(links))));
        }
        String href = chosen.get().getValue().absUrl("href");
        URI url = URI.create(Queries.append(href.isEmpty() ? chosen.get().getValue().attr("href") : href, "inajax=1"));
        return outcome(calls.ajax(url, page.url()), chosen.get().getKey(), url);
    }

    private static PostResult outcome(Reply reply, int clickid, URI url) throws UnexpectedPage {
        Optional<PostResult> common = Outcomes.common(reply);
        if (common.isPresent()) {
            return common.get();
        }
        if (!(reply instanceof Reply.Said said)) {
            throw new UnexpectedPage(url.toString(), "the reaction answer is neither a message nor XML");
        }
        SiteMessage m = said.message();
        boolean done = m.text().startsWith("表态成功") || !m.values().getOrDefault("id", "").isEmpty()
                && m.values().containsKey("clickid");
        return done ? new PostResult.Posted(m.text(), clickid, false) : new PostResult.Refused(m);
    }

    /** clickid → link, in page order; names and hashes stay as the page gives them. */
    static Map<Integer, Element> links(Element clickDiv) {
        Map<Integer, Element> links = new LinkedHashMap<>();
        if (clickDiv == null) {
            return links;
        }
        for (Element link : clickDiv.select("a[href*=clickid=]")) {
            String href = link.attr("href");
            int id = (int) DiscuzUrls.number(DiscuzUrls.param(href, "clickid"));
            if (id > 0 && !"show".equals(DiscuzUrls.param(href, "op"))) {
                links.putIfAbsent(id, link);
            }
        }
        return links;
    }

    private static Optional<Map.Entry<Integer, Element>> choose(Map<Integer, Element> links, String wanted) {
        for (Map.Entry<Integer, Element> e : links.entrySet()) {
            if (name(e.getValue()).equalsIgnoreCase(wanted)) {
                return Optional.of(e);
            }
        }
        if (wanted.matches("\\d{1,2}")) {
            int position = Integer.parseInt(wanted);
            return links.entrySet().stream().filter(e -> e.getKey() == position).findFirst();
        }
        return Optional.empty();
    }

    /** The name under the icon (the link's own text), counts left out. */
    static String name(Element link) {
        String own = SiteText.line(link.ownText());
        return own.isEmpty() ? SiteText.of(link) : own;
    }

    private static String offered(Map<Integer, Element> links) {
        StringJoiner names = new StringJoiner(", ");
        links.forEach((id, link) -> names.add(id + " " + name(link)));
        return names.toString();
    }
}
