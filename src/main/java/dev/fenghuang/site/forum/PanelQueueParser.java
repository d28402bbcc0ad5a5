package dev.fenghuang.site.forum;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a queue of the front-end moderation panel (5.9 of the protocol reference), 10 items a page, each a
 * {@code div.um#pid_ID}: the 查看 link (thread: {@code tid=}; reply: {@code ptid=} and {@code pid=}), the board link and
 * the thread's subject, the author (a space link with the uid for threads, a bare name for replies), 发表于 TIME, and
 * the message as escaped text in {@code div#list_note_ID}.
 *
 * <p>Throws {@link UnexpectedPage} when the page has no {@code form#moderate} (not a panel queue).
 */
final class PanelQueueParser {
    private PanelQueueParser() {
    }

    /** Whether the page is the panel's password page (登录管理面板, a form with {@code cppwd}). */
    static boolean isPasswordPage(Document doc) {
        return doc.selectFirst(Css.of("form input[name=cppwd]")) != null;
    }

    static HeldPage parse(Document doc, HeldKind kind) throws UnexpectedPage {
        if (doc.selectFirst(Css.of("form#moderate")) == null) {
            throw new UnexpectedPage(doc.location(), "not a moderation panel queue (no form#moderate)");
        }
        List<HeldPost> entries = new ArrayList<>();
        for (Element item : doc.select(Css.of("div.um[id^=pid_]"))) {
            long id = DiscuzUrls.number(item.id().substring("pid_".length()));
            if (id > 0) {
                entries.add(entry(doc, kind, id, item));
            }
        }
        Pager pager = Pager.of(doc.body());
        return new HeldPage(pager.page(), pager.pageCount(), entries.size(), entries);
    }

    private static HeldPost entry(Document doc, HeldKind kind, long id, Element item) {
        Element view = item.selectFirst(Css.of("span.y a[href*=modthreadkey], span.y a[href*=tid=]"));
        String href = view == null ? "" : view.attr("href").replace("&amp;", "&");
        long tid = kind == HeldKind.THREAD ? id : DiscuzUrls.number(DiscuzUrls.param(href, "ptid"));
        long pid = kind == HeldKind.REPLY ? id : 0;
        Element board = item.selectFirst(Css.of("a[href*=forumdisplay]"));
        int fid = board == null ? 0
                : (int) DiscuzUrls.number(DiscuzUrls.param(board.attr("href").replace("&amp;", "&"), "fid"));
        Element subject = item.selectFirst(Css.of("span.xw1"));
        Element note = doc.getElementById("list_note_" + id);
        String text = note == null ? "" : note.wholeText().strip();
        return new HeldPost(kind, tid, pid, fid, board == null ? "" : SiteText.of(board),
                subject == null ? "" : SiteText.of(subject), author(item), time(item), text, List.of());
    }

    private static Person author(Element item) {
        Element space = item.selectFirst(Css.of("a[href*=mod=space][href*=uid=]"));
        if (space != null) {
            long uid = DiscuzUrls.number(DiscuzUrls.param(space.attr("href").replace("&amp;", "&"), "uid"));
            return new Person(uid, SiteText.of(space));
        }
        List<Element> lines = item.select(Css.of("p.pbn"));
        Element name = lines.size() > 1 ? lines.get(1).selectFirst(Css.of("span.xi2")) : null;
        return name == null ? Person.GUEST : new Person(0, SiteText.of(name));
    }

    private static LocalDateTime time(Element item) {
        Element when = item.selectFirst(Css.of("span.xg1"));
        return when == null ? null : DiscuzTime.absolute(SiteText.of(when).replace("发表于", "").strip());
    }
}
