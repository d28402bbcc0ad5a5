package dev.fenghuang.site.admin;

import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.site.write.FormReader;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The admin panel's comment search and delete (5.5 of the protocol reference): POST the fields of
 * {@code form#articleforum} (read once from the search page) with {@code searchsubmit}; delete with
 * {@code articlesubmit=yes} and {@code delete[]}, then search again to see which are gone.
 */
public final class CommentSearch {
    private final AdminSession session;
    private FormData form;

    public CommentSearch(AdminSession session) {
        this.session = session;
    }

    public SearchPage page(CommentQuery q, int page) throws IOException {
        FormData filled = fill(form(), q, page);
        URI url = session.urls().search();
        AdminPage answer = session.post(filled.action(), hash -> filled.with("formhash", hash).fields(), url);
        if (answer instanceof AdminPage.Said said && !said.message().text().contains(AdminTexts.NOTHING_FOUND)) {
            throw new SiteRefused(said.message());
        }
        if (!(answer instanceof AdminPage.Content content)) {
            return new SearchPage(page, page - 1, 0, List.of());
        }
        SearchPage found = CommentSearchParser.parse(content.doc(), q.perPage());
        if (page > 1 && (found.page() < page || found.hits().isEmpty())) {
            return new SearchPage(page, Math.min(found.pageCount(), page - 1), found.total(), List.of());
        }
        return found;
    }

    public BatchResult delete(Set<Long> cids, CommentQuery q) throws IOException {
        Set<Long> sent = new LinkedHashSet<>(cids);
        if (sent.isEmpty()) {
            return new BatchResult(List.of(), "");
        }
        AdminPage answer = session.post(session.urls().searchDelete(), hash -> deleteFields(hash, sent),
                session.urls().search());
        String said = answer instanceof AdminPage.Said s ? s.message().text()
                : answer instanceof AdminPage.Content c && c.doc().html().contains(AdminTexts.COMMENTS_DELETED)
                ? AdminTexts.COMMENTS_DELETED : "";
        PresenceScan.Seen seen = PresenceScan.look(p -> {
            SearchPage r = page(q.withPerPage(100), p);
            return new PresenceScan.Listing(r.hits().stream().map(SearchHit::cid).toList(), r.pageCount());
        }, sent);
        List<DecisionOutcome> out = new ArrayList<>();
        for (long cid : sent) {
            Fate fate = seen.found().contains(cid) ? Fate.NOT_APPLIED : seen.absent(cid) ? Fate.APPLIED : Fate.UNKNOWN;
            out.add(new DecisionOutcome(cid, Decision.DELETE, fate));
        }
        return new BatchResult(out, said);
    }

    private static List<Map.Entry<String, String>> deleteFields(String formhash, Set<Long> cids) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        out.add(new SimpleImmutableEntry<>("formhash", formhash));
        out.add(new SimpleImmutableEntry<>("articlesubmit", "yes"));
        for (long cid : cids) {
            out.add(new SimpleImmutableEntry<>("delete[]", Long.toString(cid)));
        }
        return out;
    }

    /** {@code form#articleforum} of the search page, read once per instance. */
    private FormData form() throws IOException {
        if (form == null) {
            URI url = session.urls().search();
            Document doc = session.open(url, "comment search page");
            Element f = doc.selectFirst(Css.of("form#articleforum"));
            if (f == null) {
                throw new UnexpectedPage(url.toString(), "no comment search form (form#articleforum)");
            }
            form = FormReader.read(f, url, session.charset());
        }
        return form;
    }

    private static FormData fill(FormData f, CommentQuery q, int page) throws IOException {
        String authors = String.join(",", q.authors());
        for (String text : List.of(q.articleTitle(), q.keyword(), authors)) {
            SiteCharset.check(text, f.charset());
        }
        return f.with("page", Integer.toString(Math.max(1, page))).with("perpage", Integer.toString(q.perPage()))
                .with("subject", q.articleTitle()).with("aid", q.aid() > 0 ? Long.toString(q.aid()) : "")
                .with("message", q.keyword()).with("author", authors)
                .with("authorid", q.authorUid() > 0 ? Long.toString(q.authorUid()) : "")
                .with("starttime", day(q.from())).with("endtime", day(q.to())).with("searchsubmit", "提交");
    }

    /** {@code Y-n-j}, unpadded as the site prints dates; empty for no bound. */
    private static String day(LocalDate d) {
        return d == null ? "" : d.getYear() + "-" + d.getMonthValue() + "-" + d.getDayOfMonth();
    }
}
