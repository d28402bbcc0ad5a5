package dev.fenghuang.site.admin;

import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pending-comment queue of the admin panel (5.4 of the protocol reference): list it, decide in one bulk POST
 * or one fast GET, and confirm by reading it again.
 */
public final class ModerationQueue {
    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    private final AdminSession session;
    private final QueueCheck check;

    public ModerationQueue(AdminSession session) {
        this.session = session;
        this.check = new QueueCheck(this::page);
    }

    public QueuePage page(QueueFilter filter, int page) throws IOException {
        Document doc = session.open(url(filter, page), "comment moderation queue");
        QueuePage q = QueueParser.parse(doc, filter.perPage());
        if (page > 1 && (q.page() < page || q.entries().isEmpty())) {
            return new QueuePage(page, Math.min(q.pageCount(), page - 1), q.total(), List.of());
        }
        return q;
    }

    /** The admin home's 等待审核的文章评论数(N); 0 when the box is not there (nothing waits). */
    public int waiting() throws IOException {
        Document doc = session.open(session.urls().home(), "admin home");
        for (Element link : doc.select(Css.of("a[href*=operation=articlecomments]"))) {
            if (SiteText.of(link).contains(AdminTexts.WAITING)) {
                Element box = link.parent() != null ? link.parent() : link;
                Element em = box.selectFirst(Css.of("em"));
                Matcher m = COUNT.matcher(SiteText.of(box));
                long count = em != null ? DiscuzUrls.number(SiteText.of(em))
                        : m.find() ? DiscuzUrls.number(m.group(1)) : 0;
                return (int) Math.min(count, Integer.MAX_VALUE);
            }
        }
        return 0;
    }

    public BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter) throws IOException {
        Map<Long, Decision> sent = new LinkedHashMap<>(decisions);
        if (sent.isEmpty()) {
            return new BatchResult(List.of(), "");
        }
        Charset charset = charset(filter);
        SiteCharset.check(filter.keyword(), charset);
        SiteCharset.check(filter.articleAuthor(), charset);
        AdminPage answer = session.post(session.urls().queue(),
                formhash -> QueueFields.decision(formhash, filter, sent), url(filter, 1));
        String said = answer instanceof AdminPage.Said s ? s.message().text() : "";
        return new BatchResult(check.confirm(sent, filter), said);
    }

    /** The row's fast link: no form hash; an admin page that removes the row counts as sent, then confirmed. */
    public BatchResult decideNow(long cid, Decision decision, QueueFilter filter) throws IOException {
        URI url = session.urls().fast(cid, decision, 1);
        AdminPage answer = AdminSession.demand(url, session.get(url));
        String said = answer instanceof AdminPage.Said s ? s.message().text() : "";
        return new BatchResult(check.confirm(Map.of(cid, decision), filter), said);
    }

    private URI url(QueueFilter filter, int page) throws IOException {
        return session.urls().queue(filter, page, charset(filter));
    }

    /** The site charset when the filter carries text; ASCII-only values read the same in any. */
    private Charset charset(QueueFilter filter) throws IOException {
        boolean ascii = (filter.keyword() + filter.articleAuthor()).chars().allMatch(c -> c < 0x80);
        return ascii ? StandardCharsets.UTF_8 : session.charset();
    }
}
