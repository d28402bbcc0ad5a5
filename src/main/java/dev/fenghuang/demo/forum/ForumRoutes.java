package dev.fenghuang.demo.forum;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.moderate.ModcpPanel;
import dev.fenghuang.demo.forum.moderate.ThreadTools;
import dev.fenghuang.demo.forum.read.BoardQuery;
import dev.fenghuang.demo.forum.read.ForumBoardPage;
import dev.fenghuang.demo.forum.read.ForumIndexPage;
import dev.fenghuang.demo.forum.read.ForumRedirects;
import dev.fenghuang.demo.forum.read.ForumThreadPage;
import dev.fenghuang.demo.forum.read.PrintablePage;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.write.ForumPosting;
import dev.fenghuang.demo.forum.write.PostComments;
import dev.fenghuang.demo.store.FloodControl;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.MessagePageRenderer;
import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import java.util.Optional;

/**
 * {@code forum.php}: the index and one category ({@code gid}), board lists ({@code mod=forumdisplay}), threads
 * ({@code mod=viewthread}), the jumps of {@code mod=redirect}, posting ({@code mod=post}), the thread tools
 * ({@code mod=topicadmin}) and the moderation panel ({@code mod=modcp}).
 */
public final class ForumRoutes {

    private final ForumData data;
    private final MessagePageRenderer messages;
    private final ForumIndexPage index;
    private final ForumBoardPage boards;
    private final ForumThreadPage threads;
    private final ForumPosting posting;
    private final ThreadTools tools;
    private final ModcpPanel modcp;
    private final PostComments comments;

    public ForumRoutes(ForumData data, FloodControl flood, dev.fenghuang.demo.store.Captchas captchas,
            MessageAnswer answers, PageChrome pageChrome, MessagePageRenderer messages) {
        this.data = data;
        this.messages = messages;
        ForumChrome chrome = new ForumChrome(pageChrome);
        this.index = new ForumIndexPage(data, chrome);
        this.boards = new ForumBoardPage(data, chrome);
        this.threads = new ForumThreadPage(data, chrome, boards);
        this.posting = new ForumPosting(data, flood, captchas, answers, chrome, messages);
        this.tools = new ThreadTools(data, answers);
        this.modcp = new ModcpPanel(data, answers, chrome);
        this.comments = new PostComments(data, flood, answers);
    }

    public PageResponse route(Visit visit) {
        return switch (visit.request().param("mod")) {
            case "forumdisplay" -> board(visit);
            case "viewthread" -> thread(visit);
            case "redirect" -> ForumRedirects.route(visit, data, messages);
            case "post" -> visit.request().param("comment").equals("yes") ? comments.submit(visit) : posting.route(visit);
            case "misc" -> visit.request().param("action").equals("comment") ? comments.popup(visit)
                    : messages.error(visit, 200, ForumTexts.UNDEFINED_ACTION);
            case "topicadmin" -> tools.route(visit);
            case "modcp" -> modcp.route(visit);
            default -> home(visit);
        };
    }

    private PageResponse home(Visit visit) {
        int gid = visit.request().intParam("gid");
        if (gid == 0) {
            return PageResponse.html(200, index.render(visit));
        }
        Optional<Board> category = data.board(gid).filter(Board::isCategory);
        return category.isPresent() ? PageResponse.html(200, index.renderCategory(visit, category.get()))
                : PageResponse.html(200, index.render(visit));
    }

    private PageResponse board(Visit visit) {
        Optional<Board> board = data.board(visit.request().intParam("fid"));
        if (board.isEmpty()) {
            return messages.error(visit, 200, ForumTexts.FORUM_MISSING);
        }
        if (board.get().isCategory()) {
            return PageResponse.redirect(302, "forum.php?gid=" + board.get().fid());
        }
        return PageResponse.html(200, boards.render(visit, board.get(), BoardQuery.of(visit.request())));
    }

    private PageResponse thread(Visit visit) {
        Optional<ForumThread> found = data.thread(visit.request().intParam("tid"));
        if (found.isEmpty()) {
            return messages.error(visit, 404, ForumTexts.THREAD_MISSING);
        }
        ForumThread thread = found.get();
        if (thread.movedTo() > 0) {
            return PageResponse.redirect(302, visit.siteUrl() + "forum.php?mod=viewthread&tid=" + thread.movedTo());
        }
        Board board = data.board(thread.fid()).orElseThrow();
        boolean keyed = ForumRights.keyOpens(visit, board, thread.tid());
        boolean ownHeld = (thread.state() == ForumThread.PENDING || thread.state() == ForumThread.IGNORED)
                && !visit.member().guest() && thread.author().uid() == visit.member().uid();
        if (!thread.listed() && !keyed && !ownHeld) {
            return messages.error(visit, 404, ForumTexts.THREAD_MISSING);
        }
        var request = visit.request();
        if (request.param("action").equals("printable")) {
            return PageResponse.html(200, PrintablePage.render(visit, board, thread, data));
        }
        if (!keyed && request.intParam("authorid") == 0 && !request.param("ordertype").equals("1")) {
            int pages = Math.max(1, (thread.visiblePosts().size() + ForumData.POSTS_PER_PAGE - 1)
                    / ForumData.POSTS_PER_PAGE);
            int page = Math.max(1, Math.min(pages, request.intParam("page")));
            if (thread.takeGap(page)) {
                return PageResponse.redirect(302, visit.siteUrl() + "forum.php?mod=viewthread&tid=" + thread.tid()
                        + "&page=" + page);
            }
        }
        return PageResponse.html(200, threads.render(visit, board, thread, keyed));
    }
}
