package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Reaction;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reactions (表态) in {@code div#click_div}: one link per reaction with {@code clickid=K}; the name is the text
 * after the icon's {@code <br />}, the count the {@code em} inside (absent means 0). Order and names come from the
 * page, never from a built-in list.
 */
final class ReactionParser {
    private ReactionParser() {
    }

    static List<Reaction> of(Element clickDiv) {
        List<Reaction> reactions = new ArrayList<>();
        if (clickDiv == null) {
            return reactions;
        }
        for (Element link : FirstMatch.all(clickDiv, "a[href*=clickid=]")) {
            String href = link.attr("href");
            if (href.contains("op=show")) {
                continue;
            }
            int id = (int) DiscuzUrls.number(DiscuzUrls.param(href, "clickid"));
            String name = SiteText.line(link.ownText());
            Element em = FirstMatch.in(link, "em");
            int count = em == null ? 0 : (int) Math.min(Integer.MAX_VALUE, DiscuzUrls.number(em.text().strip()));
            if (name.isEmpty()) {
                name = SiteText.line(link.text().replace(em == null ? "" : em.text(), ""));
            }
            if (id > 0) {
                reactions.add(new Reaction(id, name, count));
            }
        }
        return reactions;
    }
}
