package dev.fenghuang.site.admin;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.read.CommentParser;
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
 * Reads a forum queue of the admin panel (5.7 of the protocol reference): three rows {@code tr#mod_ID_row1..3} per
 * item. Row 1 holds the subject in {@code h3} (for a reply the thread's subject and {@code &rsaquo;}), the board
 * link ({@code forumdisplay&fid=}), the author's member-search link and the time, and the 查看/编辑 links (tid, pid);
 * row 2 the message. An empty queue has no rows and no text saying so.
 *
 * <p>Throws {@link UnexpectedPage} when the page has no {@code form#cpform} (not a queue).
 */
final class ForumQueueParser {
    private static final Pattern ROW1 = Pattern.compile("mod_(\\d+)_row1");
    private static final Pattern WORDS = Pattern.compile("[,，、\\s]+");

    private ForumQueueParser() {
    }

    static HeldPage parse(Document doc, HeldKind kind, int perPage) throws UnexpectedPage {
        if (doc.selectFirst(Css.of("form#cpform")) == null) {
            throw new UnexpectedPage(doc.location(), "not a forum moderation queue (no form#cpform)");
        }
        List<HeldPost> entries = new ArrayList<>();
        for (Element row : doc.select(Css.of("tr[id^=mod_][id$=_row1]"))) {
            Matcher m = ROW1.matcher(row.id());
            if (m.matches()) {
                long id = DiscuzUrls.number(m.group(1));
                entries.add(entry(kind, id, row, PageIds.get(doc, "mod_" + id + "_row2")));
            }
        }
        AdminPager pager = AdminPager.of(doc.body(), perPage);
        int total = pager.total() >= 0 ? pager.total() : entries.size();
        return new HeldPage(pager.page(), pager.pageCount(), total, entries);
    }

    private static HeldPost entry(HeldKind kind, long id, Element row1, Element row2) {
        Set<String> censor = new LinkedHashSet<>();
        String subject = subject(row1, censor);
        Element boardLink = row1.selectFirst(Css.of("a[href*=forumdisplay]"));
        int fid = boardLink == null ? 0 : (int) number(boardLink.attr("href"), "fid");
        String board = boardLink == null ? "" : SiteText.of(boardLink);
        long tid = kind == HeldKind.THREAD ? id : linked(row1, "ptid", "tid");
        long pid = kind == HeldKind.REPLY ? id : linked(row1, "pid", "pid");
        String text = "";
        Element body = row2 == null ? null : row2.selectFirst(Css.of("td"));
        if (body != null) {
            for (Element mark : body.select(Css.of("span[style*=red], font[color=red]"))) {
                censor.addAll(words(SiteText.of(mark)));
            }
            Element box = body.selectFirst(Css.of("div"));
            text = CommentParser.lines(box != null ? box : body, null);
        }
        return new HeldPost(kind, tid, pid, fid, board, subject, author(row1), time(row1), text, List.copyOf(censor));
    }

    /** The {@code h3}'s text without the red censor marks and the {@code &rsaquo;} before a reply's own subject. */
    private static String subject(Element row1, Set<String> censor) {
        Element h3 = row1.selectFirst(Css.of("h3"));
        if (h3 == null) {
            return "";
        }
        Element copy = h3.clone();
        for (Element marked : copy.select(Css.of("span[style*=red]"))) {
            censor.addAll(words(SiteText.of(marked)));
            marked.remove();
        }
        Element first = copy.selectFirst(Css.of("a"));
        String text = SiteText.of(first != null ? first : copy);
        return text.replaceAll("\\s*\u203A\\s*$", "").strip();
    }

    /** The first of the parameters found in the item's links (查看, 编辑, the fast links). */
    private static long linked(Element row1, String name, String fallback) {
        for (Element a : row1.select(Css.of("a[href]"))) {
            long n = number(a.attr("href"), name);
            if (n > 0) {
                return n;
            }
        }
        Element row3 = row1.parent() == null ? null : row1.parent().selectFirst(Css.of("tr[id$=_row3]"));
        if (row3 != null) {
            for (Element a : row3.select(Css.of("a[href*=fast=1]"))) {
                long n = number(a.attr("href"), fallback);
                if (n > 0) {
                    return n;
                }
            }
        }
        return 0;
    }

    private static long number(String href, String name) {
        return DiscuzUrls.number(DiscuzUrls.param(href.replace("&amp;", "&"), name));
    }

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

    /** The member-search link ({@code operation=search&uid=UID}); none is a guest. */
    private static Person author(Element row1) {
        Element link = row1.selectFirst(Css.of("a[href*=operation=search][href*=uid=]"));
        if (link == null) {
            return Person.GUEST;
        }
        long uid = number(link.attr("href"), "uid");
        String name = SiteText.of(link);
        return uid == 0 && name.isEmpty() ? Person.GUEST : new Person(uid, name);
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
