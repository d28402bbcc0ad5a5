package dev.fenghuang.site.admin;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.read.CommentParser;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.UnexpectedPage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the moderation queue page (5.4 of the protocol reference). Each entry is a {@code tbody} of three rows
 * {@code tr#mod_CID_row1..3}: the first holds the article title (a trailing space, then the censor words in
 * red parentheses when asked for), the commenter's admin link and the time, and the 查看 link with the aid; the
 * second the comment. An empty queue has no {@code tr[id^=mod_]} and no text saying so.
 *
 * <p>Throws {@link UnexpectedPage} when the page is neither: no {@code form#cpform} and no
 * {@code modsubmit} button.
 */
final class QueueParser {
    private static final Pattern ROW1 = Pattern.compile("mod_(\\d+)_row1");
    private static final Pattern WORDS = Pattern.compile("[,，、\\s]+");

    private QueueParser() {
    }

    static QueuePage parse(Document doc, int perPage) throws UnexpectedPage {
        if (doc.selectFirst(Css.of("form#cpform, [name=modsubmit]")) == null) {
            throw new UnexpectedPage(doc.location(), "not the comment moderation queue (no form#cpform)");
        }
        List<QueueEntry> entries = new ArrayList<>();
        for (Element row : doc.select(Css.of("tr[id^=mod_][id$=_row1]"))) {
            Matcher m = ROW1.matcher(row.id());
            if (m.matches()) {
                long cid = DiscuzUrls.number(m.group(1));
                entries.add(entry(cid, row, PageIds.get(doc, "mod_" + cid + "_row2")));
            }
        }
        AdminPager pager = AdminPager.of(doc.body(), perPage);
        int total = pager.total() >= 0 ? pager.total() : entries.size();
        return new QueuePage(pager.page(), pager.pageCount(), total, entries);
    }

    private static QueueEntry entry(long cid, Element row1, Element row2) {
        Element title = row1.selectFirst(Css.of("h3 a, h3"));
        Set<String> censor = new LinkedHashSet<>();
        String articleTitle = "";
        if (title != null) {
            Element copy = title.clone();
            for (Element marked : copy.select(Css.of("span[style*=red]"))) {
                censor.addAll(words(SiteText.of(marked)));
                marked.remove();
            }
            articleTitle = SiteText.of(copy);
        }
        Element view = row1.selectFirst(Css.of("a[href*=aid=]"));
        long aid = view == null ? 0 : DiscuzUrls.aid(view.attr("href"));
        Element body = row2 == null ? null : row2.selectFirst(Css.of("td"));
        String text = "";
        if (body != null) {
            Element box = body.selectFirst(Css.of("div"));
            for (Element mark : body.select(Css.of("span[style*=red], font[color=red]"))) {
                censor.addAll(words(SiteText.of(mark)));
            }
            text = CommentParser.lines(box != null ? box : body, null);
        }
        return new QueueEntry(cid, aid, articleTitle, author(row1), time(row1), text, List.copyOf(censor));
    }

    /** {@code (word1,word2)} → the words. */
    private static List<String> words(String marked) {
        String inner = marked.replaceAll("^[(（]|[)）]$", "");
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(inner)) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        return out;
    }

    /** The admin member-search link ({@code operation=search&uid=UID}); a bare name or none is a guest. */
    private static Person author(Element row1) {
        Element link = row1.selectFirst(Css.of("a[href*=uid=]:not([href*=aid=])"));
        if (link != null) {
            long uid = DiscuzUrls.number(DiscuzUrls.param(link.attr("href").replace("&amp;", "&"), "uid"));
            String name = SiteText.of(link);
            return uid == 0 && (name.isEmpty() || name.equals(Person.GUEST.name())) ? Person.GUEST
                    : new Person(uid, name);
        }
        return Person.GUEST;
    }

    private static LocalDateTime time(Element row1) {
        for (Element p : row1.select(Css.of("td p"))) {
            LocalDateTime t = DiscuzTime.absolute(p.text().replace('\u00A0', ' '));
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
