package dev.fenghuang.site.forum;

import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.model.forum.PanelPasswordWanted;
import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.AjaxAnswer;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.MessageParser;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.site.write.FormReader;
import dev.fenghuang.site.write.Replies;
import dev.fenghuang.site.write.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The front-end moderation panel ({@code forum.php?mod=modcp}, 管理面板, 5.9 of the protocol reference), where
 * moderators without the admin panel triage held threads and replies. It has its own password re-entry: any page
 * answered with the password form throws {@link PanelPasswordWanted} (nothing done); {@link #unlock} and repeat.
 * Decisions go through the site's popup ({@code form#moderateform}) and are confirmed by reading the queue again —
 * the site says only 审核处理完毕.
 */
public final class ModeratorPanel {
    /** Pages read at most when confirming (10 items each). */
    static final int MAX_PAGES = 20;

    private final URI base;
    private final SiteConnection connection;

    public ModeratorPanel(URI base, SiteConnection connection) {
        String text = base.toString();
        this.base = text.endsWith("/") ? base : URI.create(text + "/");
        this.connection = connection;
    }

    /** One page (1-based) of a queue of the boards the account moderates; {@code fid} 0 for all of them. */
    public HeldPage queue(HeldKind kind, boolean ignored, int fid, int page) throws IOException {
        URI url = base.resolve("forum.php?mod=modcp&action=moderate&op=" + op(kind) + (fid > 0 ? "&fid=" + fid : "")
                + (ignored ? "&filter=1" : "") + (page > 1 ? "&page=" + page : ""));
        Document doc = open(url);
        HeldPage q = PanelQueueParser.parse(doc, kind);
        if (page > 1 && (q.page() < page || q.entries().isEmpty())) {
            return new HeldPage(page, Math.min(q.pageCount(), page - 1), q.total(), List.of());
        }
        return q;
    }

    /**
     * Enters the account's password (cppwd) on the panel's password page.
     *
     * @param password not kept: the request's copy is the only one made
     * @return {@code Posted} when the panel opened (302 back); {@code Refused} of kind LOGIN_FAILED for a wrong
     *     password or a locked panel, with the page's words
     */
    public PostResult unlock(char[] password) throws IOException {
        URI url = base.resolve("forum.php?mod=modcp&action=moderate&op=replies");
        WebPage page = connection.get(url, null, false);
        Document doc = Jsoup.parse(page.text() == null ? "" : page.text(), url.toString());
        Element field = doc.selectFirst(Css.of("form input[name=cppwd]"));
        if (field == null) {
            refuseMessage(doc);
            return new PostResult.Posted("", 0, false);
        }
        FormData form = FormReader.read(field.closest(Css.of("form")), url, page.charset());
        FormAnswer answer = connection.post(form.action(), form.with("cppwd", new String(password)).fields(),
                page.charset(), url);
        if (answer.isRedirect()) {
            return new PostResult.Posted("", 0, false);
        }
        Document again = Jsoup.parse(answer.text() == null ? "" : answer.text(), url.toString());
        Element said = again.selectFirst(Css.of("h1.mt + p, div.mn p"));
        String words = said == null ? "" : SiteText.of(said);
        return new PostResult.Refused(new SiteMessage(words, SiteMessage.Kind.LOGIN_FAILED));
    }

    /**
     * Decides in one popup per decision, with the reason (may be empty), then reads the queue of the same tab (and
     * the ignored tab when ignoring) to tell, per item, what happened.
     */
    public BatchResult decide(HeldKind kind, boolean ignoredTab, Map<Long, Decision> decisions, String reason)
            throws IOException {
        String said = "";
        for (Decision d : Decision.values()) {
            List<Long> ids = decisions.entrySet().stream().filter(e -> e.getValue() == d).map(Map.Entry::getKey).toList();
            if (!ids.isEmpty()) {
                said = send(kind, ignoredTab, d, ids, reason);
            }
        }
        return new BatchResult(confirm(kind, ignoredTab, decisions), said);
    }

    private String send(HeldKind kind, boolean ignoredTab, Decision d, List<Long> ids, String reason)
            throws IOException {
        StringBuilder query = new StringBuilder("forum.php?mod=modcp&action=moderate&op=" + op(kind)
                + "&posttableid=0");
        ids.forEach(id -> query.append("&moderate%5B%5D=").append(id));
        query.append("&modact=").append(modact(d)).append("&filter=").append(ignoredTab ? 1 : 0)
                .append("&dosubmit=1&infloat=yes&handlekey=mods&inajax=1");
        URI popupUrl = base.resolve(query.toString());
        WebPage popupPage = connection.get(popupUrl, base.resolve("forum.php?mod=modcp"), true);
        Reply popup = Replies.of(popupPage);
        if (!(popup instanceof Reply.Markup markup)) {
            throw refusal(popupUrl, popup);
        }
        if (PanelQueueParser.isPasswordPage(markup.doc())) {
            throw new PanelPasswordWanted(popupUrl.toString());
        }
        Element formEl = markup.doc().selectFirst(Css.of("form#moderateform"));
        if (formEl == null) {
            throw new UnexpectedPage(popupUrl.toString(), "no form#moderateform in the panel's popup");
        }
        FormData form = FormReader.read(formEl, popupUrl, popupPage.charset());
        SiteCharset.check(reason, form.charset());
        FormData filled = form.with("reason", reason == null ? "" : reason);
        URI submit = URI.create(filled.action() + "&inajax=1");
        Reply answer = Replies.of(submit, connection.post(submit, filled.fields(), filled.charset(), popupUrl));
        if (answer instanceof Reply.Said s && s.callback() == AjaxAnswer.Callback.SUCCEED) {
            return s.message().text();
        }
        throw refusal(submit, answer);
    }

    private List<DecisionOutcome> confirm(HeldKind kind, boolean ignoredTab, Map<Long, Decision> decisions)
            throws IOException {
        Set<Long> source = scan(kind, ignoredTab, decisions.keySet());
        boolean ignoring = decisions.containsValue(Decision.IGNORE);
        Set<Long> ignoredSeen = ignoredTab ? source : ignoring ? scan(kind, true, decisions.keySet()) : Set.of();
        Set<Long> ignored = ignoredSeen == null ? Set.of() : ignoredSeen;
        Set<Long> listed = source == null ? Set.of() : source;
        List<DecisionOutcome> out = new ArrayList<>();
        decisions.forEach((id, d) -> {
            Fate fate;
            if (d == Decision.IGNORE) {
                fate = ignored.contains(id) ? Fate.APPLIED
                        : !ignoredTab && listed.contains(id) ? Fate.NOT_APPLIED : Fate.UNKNOWN;
            } else {
                fate = listed.contains(id) ? Fate.NOT_APPLIED : source == null ? Fate.UNKNOWN : Fate.APPLIED;
            }
            out.add(new DecisionOutcome(id, d, fate));
        });
        return out;
    }

    /** The wanted ids the queue lists; null when it has more pages than are read. */
    private Set<Long> scan(HeldKind kind, boolean ignored, Set<Long> wanted) throws IOException {
        Set<Long> found = new HashSet<>();
        for (int p = 1; p <= MAX_PAGES; p++) {
            HeldPage page = queue(kind, ignored, 0, p);
            page.entries().stream().map(HeldPost::id).filter(wanted::contains).forEach(found::add);
            if (found.containsAll(wanted) || page.entries().isEmpty() || p >= page.pageCount()) {
                return found;
            }
        }
        return null;
    }

    /** A panel page; the password page throws {@link PanelPasswordWanted}, a message {@link SiteRefused}. */
    private Document open(URI url) throws IOException {
        WebPage page = connection.get(url, null, false);
        Document doc = Jsoup.parse(page.text() == null ? "" : page.text(), url.toString());
        if (PanelQueueParser.isPasswordPage(doc)) {
            throw new PanelPasswordWanted(url.toString());
        }
        refuseMessage(doc);
        return doc;
    }

    private static void refuseMessage(Document doc) throws SiteRefused {
        var message = MessageParser.message(doc);
        if (message.isPresent()) {
            throw new SiteRefused(message.get());
        }
    }

    private static IOException refusal(URI url, Reply reply) {
        if (reply instanceof Reply.Said s) {
            return new SiteRefused(s.message());
        }
        if (reply instanceof Reply.SystemError e) {
            return new SiteRefused(e.message());
        }
        if (reply instanceof Reply.LoginWall) {
            return new SiteRefused(new SiteMessage("请先登录后才能继续", SiteMessage.Kind.NO_PERMISSION));
        }
        return new UnexpectedPage(url.toString(), "the moderation panel answered with neither a form nor a message");
    }

    private static String op(HeldKind kind) {
        return kind == HeldKind.THREAD ? "threads" : "replies";
    }

    private static String modact(Decision d) {
        return switch (d) {
            case APPROVE -> "validate";
            case DELETE -> "delete";
            case IGNORE -> "ignore";
        };
    }
}
