package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ModcpSessions;
import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code forum.php?mod=modcp} (5.9), the moderation panel of members who moderate without the admin panel: its own
 * password re-entry ({@code cppwd}, 302 back to the page asked for), the queues of held threads and replies of the
 * boards the member moderates (10 a page, {@code div.um#pid_ID}), the decision popup and its submit, answered
 * {@code 审核处理完毕}.
 */
public final class ModcpPanel {
    static final int PER_PAGE = 10;

    private final ForumData data;
    private final MessageAnswer answers;
    private final ForumChrome chrome;

    public ModcpPanel(ForumData data, MessageAnswer answers, ForumChrome chrome) {
        this.data = data;
        this.answers = answers;
        this.chrome = chrome;
    }

    public PageResponse route(Visit visit) {
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(ForumTexts.TO_LOGIN).needsLogin());
        }
        List<Board> boards = data.allBoards().stream().filter(b -> ForumRights.moderates(visit, b)).toList();
        if (boards.isEmpty()) {
            return answers.answer(visit, Message.of(ForumTexts.ADMIN_DENIED));
        }
        ModcpSessions sessions = data.modcpSessions();
        int uid = visit.member().uid();
        long now = visit.site().now();
        var request = visit.request();
        if (request.param("action").equals("login") && request.post() && !request.param("login_panel").isEmpty()) {
            return login(visit, uid, now);
        }
        if (!sessions.live(uid, now)) {
            sessions.wanted(uid, request.rawQuery());
            return PageResponse.html(200, loginPage(visit, sessions.locked(uid, now)));
        }
        sessions.touch(uid, now);
        if (!request.param("action").equals("moderate")) {
            return PageResponse.html(200, ModcpPages.home(visit, chrome));
        }
        boolean threads = request.param("op").equals("threads");
        if (!request.param("modsubmit").isEmpty()) {
            return decide(visit, boards, threads);
        }
        if (!request.param("modact").isEmpty() && !request.param("dosubmit").isEmpty()) {
            return AjaxEnvelope.of(visit, 200, ModcpPages.popup(visit, threads, request.param("modact"),
                    request.array("moderate").values().stream().toList()));
        }
        return PageResponse.html(200, ModcpPages.queue(visit, chrome, data, boards, threads));
    }

    private PageResponse login(Visit visit, int uid, long now) {
        ModcpSessions sessions = data.modcpSessions();
        if (!SubmitCheck.passes(visit, "submit") || sessions.locked(uid, now)) {
            return PageResponse.html(200, loginPage(visit, sessions.locked(uid, now)));
        }
        boolean right = Members.account(visit.member().name())
                .map(a -> a.password().equals(visit.request().param("cppwd"))).orElse(false);
        if (!right) {
            sessions.fail(uid, now);
            return PageResponse.html(200, loginPage(visit, sessions.locked(uid, now)));
        }
        sessions.open(uid, now);
        String wanted = sessions.wanted(uid);
        return PageResponse.redirect(302, "forum.php?" + (wanted.isEmpty() ? "mod=modcp" : wanted) + "&");
    }

    private String loginPage(Visit visit, boolean locked) {
        String main = "<div id=\"ct\" class=\"wp cl\">\n<div class=\"mn\">\n<div class=\"bm bw0\">\n"
                + "<h1 class=\"mt\">登录管理面板</h1>\n<p>" + (locked ? "密码错误次数过多，管理面板已锁定，请 15 分钟后再试"
                        : "首次进入管理面板或空闲时间过长, 您输入密码才能进入。如果密码输入错误超过 5 次，管理面板将会锁定 15 分钟。")
                + "</p>\n<form method=\"post\" autocomplete=\"off\" action=\"forum.php?mod=modcp&amp;action=login\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\" />\n"
                + "<input type=\"hidden\" name=\"fid\" value=\"" + visit.request().intParam("fid") + "\" />\n"
                + "<input type=\"hidden\" name=\"submit\" value=\"yes\" />\n<input type=\"hidden\" name=\"login_panel\" "
                + "value=\"yes\" />\n<input type=\"password\" name=\"cppwd\" id=\"cppwd\" class=\"px\" />\n"
                + "<button type=\"submit\" class=\"pn pnc\" name=\"submit\" id=\"submit\" value=\"true\"><strong>提交</strong>"
                + "</button>\n</form>\n</div>\n</div>\n</div>\n";
        return chrome.page(visit, "论坛 -  " + dev.fenghuang.demo.SiteSettings.SITE_NAME + ForumChrome.POWERED,
                "forum_modcp", "", main);
    }

    private PageResponse decide(Visit visit, List<Board> boards, boolean threads) {
        if (!SubmitCheck.passes(visit, "modsubmit")) {
            return answers.answer(visit, Message.of(ForumTexts.SUBMIT_INVALID));
        }
        ForumDecisions.Decision decision = ForumDecisions.Decision.of(visit.request().param("modact"));
        if (decision == null) {
            return answers.answer(visit, Message.of(ForumTexts.MODERATE_INVALID));
        }
        long now = visit.site().now();
        List<Integer> fids = new ArrayList<>(boards.stream().map(Board::fid).toList());
        for (String id : visit.request().array("moderate").values()) {
            int n = ThreadTools.parse(id);
            if (threads) {
                data.thread(n).filter(t -> fids.contains(t.fid()) && !t.listed() && t.state() != ForumThread.RECYCLED)
                        .ifPresent(t -> ForumDecisions.decide(t, decision, now));
            } else {
                data.post(n).filter(p -> !p.first() && (p.pending() || p.invisible() == ForumPost.IGNORED))
                        .filter(p -> data.thread(p.tid()).map(t -> fids.contains(t.fid())).orElse(false))
                        .ifPresent(p -> ForumDecisions.decide(p, decision, now));
            }
        }
        String op = threads ? "threads" : "replies";
        return answers.answer(visit, Message.of(ForumTexts.MODCP_SUCCEED).forward("forum.php?mod=modcp&action=moderate"
                + "&op=" + op + "&filter=0&fid=").succeeded().wrote());
    }
}
