package dev.fenghuang.site.forum;

import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.LevelNotOffered;
import dev.fenghuang.model.forum.SeenThread;
import dev.fenghuang.model.forum.ThreadChanged;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.model.forum.ToolResult;
import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.AjaxAnswer;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.site.write.FormReader;
import dev.fenghuang.site.write.Replies;
import dev.fenghuang.site.write.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The thread tools of a thread page (5.8 of the protocol reference, {@code forum.php?mod=topicadmin}), for members
 * who moderate the board: first the popup ({@code form#moderateform}) is asked for with the thread page's form hash,
 * then it is sent back filled in, with the reason. What happened is read from the pages afterwards (the thread, the
 * post's page, the board's list), never from the site's {@code 管理操作成功}.
 *
 * <p>Posts are acted on only when the thread holds them (its {@code findpost} jump lands on a page showing them);
 * the others come back {@code NOT_FOUND} and are not sent. The site's refusals (抱歉，您没有权限使用管理功能,
 * 请输入原因 …) throw {@link SiteRefused} with its words; nothing was done then.
 */
public final class TopicAdmin {
    private final ForumUrls urls;
    private final SiteConnection connection;
    private final ForumReading reading;
    private final Clock clock;

    public TopicAdmin(URI base, SiteConnection connection, Clock clock) {
        this.urls = new ForumUrls(base);
        this.connection = connection;
        this.reading = new ForumReading(base, java.nio.charset.StandardCharsets.UTF_8, connection, clock);
        this.clock = clock;
    }

    /**
     * What is known of the targets before acting: the thread, the text of each post found in it by pid, and when the
     * first post goes (and the thread with it) the thread's last post; 0 otherwise.
     */
    public record Targets(ThreadPage thread, String formhash, Charset charset, Map<Long, String> posts, long lastPid) {
        /** The thread's first post (楼主) as its first page shows it; 0 when that page shows none. */
        public long firstPid() {
            return firstPid(thread);
        }

        /** Whether the tool deletes the first post, and so the whole thread with its replies. */
        public boolean deletesThread(ThreadTool tool) {
            return deletesFirstPost(thread, posts, tool);
        }

        private static long firstPid(ThreadPage thread) {
            return thread.floors().stream().filter(f -> f.number() == 1).mapToLong(Floor::pid).findFirst().orElse(0);
        }

        private static boolean deletesFirstPost(ThreadPage thread, Map<Long, String> posts, ThreadTool tool) {
            long first = firstPid(thread);
            return tool instanceof ThreadTool.DeletePosts d && first > 0 && posts.containsKey(first)
                    && d.pids().contains(first);
        }
    }

    /**
     * Compares what {@link #look} read with what the moderator was shown; the tool is for what was shown only.
     *
     * @throws ThreadChanged a target post's text is not the text shown; or the first post is to be deleted and the
     *     thread has another count of replies (or other posts on its first page, or another last post) than shown,
     *     or no count was said
     */
    public static void check(Targets targets, ThreadTool tool, SeenThread seen) throws ThreadChanged {
        long tid = targets.thread().tid();
        for (Map.Entry<Long, Floor> shown : seen.floors().entrySet()) {
            String now = targets.posts().get(shown.getKey());
            if (now != null && !now.equals(FloorText.of(shown.getValue()))) {
                throw ThreadChanged.text(tid, shown.getKey(), now);
            }
        }
        if (!targets.deletesThread(tool)) {
            return;
        }
        long replies = targets.thread().replies();
        if (seen.replies() < 0) {
            throw ThreadChanged.repliesNotSaid(tid, targets.firstPid(), replies, targets.lastPid());
        }
        List<Long> pageNow = targets.thread().floors().stream().map(Floor::pid).toList();
        boolean otherPage = !seen.firstPagePids().isEmpty() && !seen.firstPagePids().equals(pageNow);
        if (seen.replies() != replies || otherPage) {
            throw ThreadChanged.replies(tid, replies, seen.replies());
        }
        if (seen.lastPid() > 0 && seen.lastPid() != targets.lastPid()) {
            throw ThreadChanged.lastPost(tid, targets.lastPid(), seen.lastPid());
        }
    }

    /** Reads the thread (and each post of a post tool) to know what the tool is about before anything is sent. */
    public Targets look(long tid, ThreadTool tool) throws IOException {
        URI url = urls.thread(tid, 1, 0);
        WebPage page = connection.get(url, null, false);
        Document doc = PageGate.open(page, "#postlist", "thread page");
        ThreadPage thread = ThreadPageParser.parse(doc, clock);
        Map<Long, String> posts = new LinkedHashMap<>();
        for (long pid : pids(tool)) {
            Floor floor = floorOrNone(tid, pid);
            if (floor != null) {
                posts.put(pid, FloorText.of(floor));
            }
        }
        long lastPid = Targets.deletesFirstPost(thread, posts, tool) ? lastPid(thread) : 0;
        return new Targets(thread, formhash(doc), page.charset(), posts, lastPid);
    }

    /** The last floor of the thread's last page (the first page read already when it is the only one); 0 for none. */
    private long lastPid(ThreadPage firstPage) throws IOException {
        ThreadPage last = firstPage.pageCount() > 1 ? reading.thread(firstPage.tid(), firstPage.pageCount(), 0)
                : firstPage;
        List<Floor> floors = last.floors();
        return floors.isEmpty() ? 0 : floors.get(floors.size() - 1).pid();
    }

    /**
     * Applies the tool to what {@link #look} found, with the reason (may be empty), and reads the pages again.
     *
     * @throws SiteRefused the site refused (no right to moderate here, a reason wanted …): nothing was done
     */
    public ToolResult apply(Targets targets, ThreadTool tool, String reason) throws IOException {
        ThreadPage thread = targets.thread();
        List<Long> found = new ArrayList<>(targets.posts().keySet());
        boolean postTool = tool instanceof ThreadTool.DeletePosts || tool instanceof ThreadTool.BanPosts;
        if (postTool && found.isEmpty()) {
            return new ToolResult(notFound(tool, targets), "");
        }
        SiteCharset.check(reason, targets.charset());
        URI threadUrl = urls.thread(thread.tid(), 1, 0);
        FormData popup = popup(thread, tool, found, targets, threadUrl);
        FormData filled = ToolFields.fill(popup, tool, reason == null ? "" : reason);
        URI submit = URI.create(filled.action() + "&inajax=1");
        FormAnswer answer = connection.post(submit, filled.fields(), targets.charset(), threadUrl);
        String said = said(submit, answer);
        return new ToolResult(confirm(thread, tool, targets), said);
    }

    private FormData popup(ThreadPage thread, ThreadTool tool, List<Long> pids, Targets targets, URI threadUrl)
            throws IOException {
        String fid = Integer.toString(thread.fid());
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("formhash", targets.formhash()));
        URI url;
        if (tool instanceof ThreadTool.DeletePosts || tool instanceof ThreadTool.BanPosts) {
            String action = tool instanceof ThreadTool.DeletePosts ? "delpost" : "banpost";
            url = urls.base().resolve("forum.php?mod=topicadmin&action=" + action + "&fid=" + fid + "&tid="
                    + thread.tid() + "&handlekey=mods&infloat=yes&nopost=yes&inajax=1");
            fields.add(Map.entry("optgroup", ""));
            fields.add(Map.entry("operation", ""));
            fields.add(Map.entry("listextra", ""));
            fields.add(Map.entry("page", Integer.toString(1)));
            pids.forEach(pid -> fields.add(Map.entry("topiclist[]", Long.toString(pid))));
        } else {
            int optgroup = ToolFields.optgroup(tool);
            url = urls.base().resolve("forum.php?mod=topicadmin&action=moderate&fid=" + fid + "&moderate[]="
                    + thread.tid() + "&handlekey=mods&infloat=yes&nopost=yes"
                    + (optgroup == 1 || optgroup == 4 ? "&from=" + thread.tid() : "") + "&inajax=1");
            fields.add(Map.entry("optgroup", Integer.toString(optgroup)));
            fields.add(Map.entry("operation", ToolFields.operation(tool)));
            fields.add(Map.entry("listextra", ""));
            fields.add(Map.entry("page", "1"));
        }
        URI sent = URI.create(url.toString().replace("[", "%5B").replace("]", "%5D"));
        Reply reply = Replies.of(sent, connection.post(sent, fields, targets.charset(), threadUrl));
        if (reply instanceof Reply.Markup markup) {
            Element form = markup.doc().selectFirst(Css.of("form#moderateform"));
            if (form != null) {
                offersLevel(form, tool);
                return FormReader.read(form, threadUrl, targets.charset());
            }
            throw new UnexpectedPage(sent.toString(), "no form#moderateform in the thread tools' popup");
        }
        throw refusal(sent, reply);
    }

    /** A stick or digest level goes only where the popup's list offers it. */
    private static void offersLevel(Element form, ThreadTool tool) throws LevelNotOffered {
        String list = tool instanceof ThreadTool.Stick ? "sticklevel" : tool instanceof ThreadTool.Digest
                ? "digestlevel" : null;
        if (list == null) {
            return;
        }
        int level = tool instanceof ThreadTool.Stick s ? s.level() : ((ThreadTool.Digest) tool).level();
        List<Integer> offered = new ArrayList<>();
        for (Element option : form.select(Css.of("select[name=" + list + "] option"))) {
            String value = option.hasAttr("value") ? option.attr("value") : option.text();
            if (value.strip().matches("\\d{1,2}")) {
                offered.add(Integer.parseInt(value.strip()));
            }
        }
        if (!offered.isEmpty() && !offered.contains(level)) {
            throw new LevelNotOffered(level, offered);
        }
    }

    private static String said(URI url, FormAnswer answer) throws IOException {
        Reply reply = Replies.of(url, answer);
        if (reply instanceof Reply.Said s && s.callback() == AjaxAnswer.Callback.SUCCEED) {
            return s.message().text();
        }
        throw refusal(url, reply);
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
        return new UnexpectedPage(url.toString(), "the thread tools answered with neither a form nor a message");
    }

    /** Each target's fate, from the pages read again now. */
    private List<ToolResult.Outcome> confirm(ThreadPage before, ThreadTool tool, Targets targets) throws IOException {
        List<ToolResult.Outcome> out = new ArrayList<>();
        if (tool instanceof ThreadTool.DeletePosts || tool instanceof ThreadTool.BanPosts) {
            boolean wholeThread = targets.deletesThread(tool);
            for (long pid : pids(tool)) {
                String text = targets.posts().get(pid);
                Fate fate = text == null ? Fate.NOT_FOUND : postFate(before.tid(), pid, tool);
                int replies = wholeThread && pid == targets.firstPid() ? (int) before.replies() : -1;
                out.add(new ToolResult.Outcome(pid, text == null ? "" : text, fate, replies));
            }
            return out;
        }
        out.add(new ToolResult.Outcome(before.tid(), before.subject(), threadFate(before, tool)));
        return out;
    }

    private Fate threadFate(ThreadPage before, ThreadTool tool) throws IOException {
        ThreadPage now = reading.thread(before.tid(), 1, 0);
        if (tool instanceof ThreadTool.Close || tool instanceof ThreadTool.Open) {
            return now.closed() == tool instanceof ThreadTool.Close ? Fate.APPLIED : Fate.NOT_APPLIED;
        }
        if (tool instanceof ThreadTool.Move move) {
            return now.fid() == move.fid() ? Fate.APPLIED : Fate.NOT_APPLIED;
        }
        return BoardCheck.fate(reading, now.fid(), before.tid(), tool);
    }

    private Fate postFate(long tid, long pid, ThreadTool tool) throws IOException {
        Floor floor = floorOrNone(tid, pid);
        if (tool instanceof ThreadTool.DeletePosts) {
            return floor == null ? Fate.APPLIED : Fate.NOT_APPLIED;
        }
        boolean ban = ((ThreadTool.BanPosts) tool).ban();
        if (floor == null) {
            return Fate.UNKNOWN;
        }
        return (floor.state() == dev.fenghuang.model.forum.FloorState.BANNED) == ban ? Fate.APPLIED : Fate.NOT_APPLIED;
    }

    /** {@link #floor}, or null when the site says there is no such post (抱歉，指定的帖子不存在或已被删除). */
    private Floor floorOrNone(long tid, long pid) throws IOException {
        try {
            return floor(tid, pid);
        } catch (SiteRefused noSuchPost) {
            return null;
        }
    }

    /** The post on the page its {@code findpost} jump lands on, when that page is of this thread and shows it. */
    private Floor floor(long tid, long pid) throws IOException {
        ThreadPage page = reading.threadWithPost(tid, pid);
        if (page.tid() != tid) {
            return null;
        }
        return page.floors().stream().filter(f -> f.pid() == pid).findFirst().orElse(null);
    }

    private static List<ToolResult.Outcome> notFound(ThreadTool tool, Targets targets) {
        List<ToolResult.Outcome> out = new ArrayList<>();
        pids(tool).forEach(pid -> out.add(new ToolResult.Outcome(pid, "", Fate.NOT_FOUND)));
        return out;
    }

    static List<Long> pids(ThreadTool tool) {
        if (tool instanceof ThreadTool.DeletePosts d) {
            return d.pids();
        }
        if (tool instanceof ThreadTool.BanPosts b) {
            return b.pids();
        }
        return List.of();
    }

    /** The page's form hash: {@code form#modactions}'s, else any form's, else the logout link's. */
    private static String formhash(Document doc) throws UnexpectedPage {
        Element input = doc.selectFirst(Css.of("form#modactions input[name=formhash], input[name=formhash]"));
        if (input != null && !input.attr("value").isBlank()) {
            return input.attr("value").strip();
        }
        Element link = doc.selectFirst(Css.of("a[href*=formhash=]"));
        if (link != null) {
            String hash = DiscuzUrls.param(link.attr("href"), "formhash");
            if (hash != null && !hash.isBlank()) {
                return hash;
            }
        }
        throw new UnexpectedPage(doc.location(), "no form hash on the thread page");
    }
}
