package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code forum.php?mod=topicadmin} (5.8), in two steps: the popup ({@code form#moderateform}) for a thread action
 * (optgroup 1 stick/digest/highlight, 2 move, 3 delete, 4 close/open), for deleting posts ({@code delpost}) or banning
 * them ({@code banpost}); then its submit, answered {@code succeedhandle_mods(URL, '管理操作成功 ', {})}. Members who
 * do not moderate the board get the {@code admin_nopermission} dialog. Each decision and its reason go to the
 * moderation log.
 */
public final class ThreadTools {
    private final ForumData data;
    private final MessageAnswer answers;

    public ThreadTools(ForumData data, MessageAnswer answers) {
        this.data = data;
        this.answers = answers;
    }

    /** The thread tools menu of the thread page, for moderators. */
    public static String menu(ForumThread thread) {
        String pipe = "<span class=\"pipe\">|</span>";
        return "<div id=\"modmenu\" class=\"xi2 pbm\">\n"
                + "<a href=\"javascript:;\" onclick=\"modthreads(3, 'delete')\">删除主题</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(3, 'bump')\">升降</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(1, 'stick')\">置顶</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(1, 'highlight')\">高亮</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(1, 'digest')\">精华</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(4)\">关闭/打开</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(2, 'move')\">移动</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modthreads(2, 'type')\">分类</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modaction('warn', '" + thread.firstPost().pid() + "')\">警告</a>" + pipe
                + "<a href=\"javascript:;\" onclick=\"modaction('banpost', '" + thread.firstPost().pid() + "')\">屏蔽</a>\n"
                + "</div>\n";
    }

    public PageResponse route(Visit visit) {
        var request = visit.request();
        String action = request.param("action");
        Optional<Board> board = data.board(request.intParam("fid")).filter(b -> !b.isCategory());
        if (visit.member().guest() || board.isEmpty() || !ForumRights.moderates(visit, board.get())) {
            return answers.answer(visit, Message.of(ForumTexts.ADMIN_DENIED));
        }
        List<ForumThread> threads = action.equals("moderate") ? threads(visit, board.get())
                : data.thread(request.intParam("tid")).filter(t -> t.fid() == board.get().fid()).stream().toList();
        List<ForumPost> posts = action.equals("moderate") ? List.of() : posts(visit, threads);
        boolean valid = switch (action) {
            case "moderate" -> !threads.isEmpty();
            case "delpost", "banpost" -> !threads.isEmpty() && !posts.isEmpty();
            default -> false;
        };
        if (!valid) {
            return answers.answer(visit, Message.of(ForumTexts.MODERATE_INVALID));
        }
        if (request.param("modsubmit").isEmpty()) {
            return AjaxEnvelope.of(visit, 200, ThreadToolForms.popup(visit, data, board.get(), action, threads, posts));
        }
        if (!SubmitCheck.passes(visit, "modsubmit")) {
            return answers.answer(visit, Message.of(ForumTexts.SUBMIT_INVALID));
        }
        String forward = switch (action) {
            case "delpost" -> deletePosts(visit, board.get(), threads.get(0), posts);
            case "banpost" -> banPosts(visit, threads.get(0), posts);
            default -> moderate(visit, board.get(), threads);
        };
        return answers.answer(visit, Message.of(ForumTexts.ADMIN_SUCCEED).forward(forward).succeeded().wrote());
    }

    private List<ForumThread> threads(Visit visit, Board board) {
        List<ForumThread> threads = new ArrayList<>();
        for (String tid : visit.request().array("moderate").values()) {
            data.thread(parse(tid)).filter(t -> t.fid() == board.fid() && t.state() != ForumThread.RECYCLED)
                    .ifPresent(threads::add);
        }
        return threads;
    }

    private List<ForumPost> posts(Visit visit, List<ForumThread> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        List<ForumPost> posts = new ArrayList<>();
        for (String pid : visit.request().array("topiclist").values()) {
            data.post(parse(pid)).filter(p -> p.tid() == threads.get(0).tid()).ifPresent(posts::add);
        }
        return posts;
    }

    static int parse(String number) {
        return number.matches("\\d{1,9}") ? Integer.parseInt(number) : 0;
    }

    private String moderate(Visit visit, Board board, List<ForumThread> threads) {
        var request = visit.request();
        List<String> operations = new ArrayList<>(request.array("operations").values());
        if (operations.isEmpty() && !request.param("operation").isEmpty()) {
            operations.add(request.param("operation"));
        }
        String forward = redirect(visit, threads.get(0));
        for (String operation : operations) {
            for (ForumThread thread : threads) {
                if (apply(visit, thread, operation)) {
                    forward = "forum.php?mod=forumdisplay&fid=" + board.fid();
                }
            }
        }
        return forward;
    }

    /** One operation on one thread; true when the answer goes back to the board (move, delete). */
    private boolean apply(Visit visit, ForumThread thread, String operation) {
        var request = visit.request();
        long now = visit.site().now();
        switch (operation) {
            case "stick" -> {
                int level = Math.min(visit.group().adminid() == 1 ? 3 : 2, request.intParam("sticklevel"));
                thread.stick(level);
                record(visit, thread, level > 0 ? "置顶" : "解除置顶", now);
            }
            case "digest" -> {
                int level = Math.min(3, request.intParam("digestlevel"));
                thread.digest(level);
                record(visit, thread, level > 0 ? "加入精华" : "解除精华", now);
            }
            case "highlight" -> {
                thread.highlight(highlightStyle(request) * 10 + Math.min(8, request.intParam("highlight_color")));
                record(visit, thread, "设置高亮", now);
            }
            case "close", "open" -> {
                thread.close(operation.equals("close"));
                record(visit, thread, operation.equals("close") ? "关闭" : "打开", now);
            }
            case "move" -> {
                move(visit, thread, now);
                return true;
            }
            case "delete" -> {
                thread.state(ForumThread.RECYCLED, now);
                record(visit, thread, "删除", now);
                return true;
            }
            default -> {
            }
        }
        return false;
    }

    /** The style bits of {@code highlight_style[1..3]}: 4 bold, 2 italic, 1 underline. */
    private static int highlightStyle(dev.fenghuang.demo.http.PageRequest request) {
        int style = 0;
        for (int bit = 1; bit <= 3; bit++) {
            if (request.param("highlight_style[" + bit + "]").equals("1")) {
                style |= 1 << (3 - bit);
            }
        }
        return style;
    }

    /** Moves the thread to {@code moveto}, leaving a stub for {@code type=redirect}. */
    private void move(Visit visit, ForumThread thread, long now) {
        var request = visit.request();
        Optional<Board> target = data.board(request.intParam("moveto")).filter(b -> !b.isCategory());
        if (target.isEmpty() || target.get().fid() == thread.fid()) {
            return;
        }
        if (request.param("type").equals("redirect")) {
            data.stub(thread, thread.fid());
        }
        int typeid = target.get().type(request.intParam("threadtypeid")) == null ? 0 : request.intParam("threadtypeid");
        thread.move(target.get().fid(), typeid);
        record(visit, thread, "移动", now);
    }

    private String deletePosts(Visit visit, Board board, ForumThread thread, List<ForumPost> posts) {
        long now = visit.site().now();
        if (posts.stream().anyMatch(ForumPost::first)) {
            thread.state(ForumThread.RECYCLED, now);
            record(visit, thread, "删除", now);
            return "forum.php?mod=forumdisplay&fid=" + board.fid();
        }
        for (ForumPost post : posts) {
            data.hide(thread, post, ForumPost.RECYCLED, now);
        }
        record(visit, thread, "删除回复", now);
        return "forum.php?mod=viewthread&tid=" + thread.tid() + "&page=" + Math.max(1, visit.request().intParam("page"));
    }

    private String banPosts(Visit visit, ForumThread thread, List<ForumPost> posts) {
        boolean ban = !visit.request().param("banned").equals("0");
        for (ForumPost post : posts) {
            post.ban(ban);
        }
        data.log(thread.tid(), visit.member().name(), ban ? "屏蔽" : "解除屏蔽", visit.request().param("reason"));
        return "forum.php?mod=viewthread&tid=" + thread.tid() + "&page=";
    }

    private void record(Visit visit, ForumThread thread, String action, long now) {
        thread.moderated(action, now);
        data.log(thread.tid(), visit.member().name(), action, visit.request().param("reason"));
    }

    /** The popup's {@code redirect}: the Referer, else {@code SITE./}. */
    static String redirect(Visit visit, ForumThread thread) {
        String referer = visit.request().param("redirect");
        if (!referer.isEmpty()) {
            return referer;
        }
        return visit.request().referer().isEmpty() ? visit.siteUrl() + "./" : visit.request().referer();
    }
}
