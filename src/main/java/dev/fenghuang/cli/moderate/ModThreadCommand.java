package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.option.JsonOption;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.app.forum.ForumModeration;
import dev.fenghuang.model.forum.LevelNotOffered;
import dev.fenghuang.model.forum.SeenThread;
import dev.fenghuang.model.forum.ThreadChanged;
import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.model.forum.ToolResult;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mod thread TID --close|--open|--stick N|--digest N|--move FID|--delete-post PID…|--ban-post PID…
 * |--unban-post PID… [--with-replies N] [--reason R]}: the thread tools of the thread page (topicadmin), for accounts
 * that moderate the board. What happened is read from the pages afterwards; exit 0 only when every target shows it,
 * 3 otherwise (also for a post the thread does not hold: it is not sent). Deleting the first post deletes the thread
 * with its replies: it is sent only with {@code --with-replies N --last-post PID} naming the thread's reply count and
 * its last post now (exit 2 without them, 3 when either is another: a reply deleted and another posted leave the
 * count as it was, never the last post), and is reported as {@code delete-thread}. A stick or digest level the tools'
 * popup does not offer is not sent (exit 2, with the levels offered).
 */
@Command(name = "thread", mixinStandardHelpOptions = true,
        description = "Use a thread tool (管理) on a thread: close/open, stick, digest, move, delete or ban posts.")
final class ModThreadCommand implements Callable<Integer> {
    @ParentCommand
    ModCommand mod;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TID", converter = IdNumber.class, description = "The thread.")
    long tid;

    /** Exactly one of its options, checked in {@link #chosen} (a picocli group would not wrap in the synopsis). */
    @picocli.CommandLine.Mixin
    Tool tool;

    @Option(names = "--with-replies", paramLabel = "N", description = "With --delete-post of the first post, which "
            + "deletes the whole thread: how many replies go with it; sent only when the thread has that many now.")
    Integer withReplies;

    @Option(names = "--last-post", paramLabel = "PID", converter = IdNumber.class, description = "With --with-replies: "
            + "the thread's last post as you saw it (the last floor of its last page: `thread TID --page N`, N its pageCount); "
            + "sent only when it is still the last.")
    Long lastPost;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "The reason (操作原因), kept in the site's moderation log and in the audit log.")
    String reason;

    @Mixin
    JsonOption json = new JsonOption();

    /** Exactly one tool. */
    static final class Tool {
        @Option(names = "--close", description = "Close the thread (关闭).")
        boolean close;

        @Option(names = "--open", description = "Open it again (打开).")
        boolean open;

        @Option(names = "--stick", paramLabel = "LEVEL", description = "Stick it (置顶): 1 board, 2 category, "
                + "3 global (administrators); 0 unsticks. A level the tools' popup does not offer is not sent.")
        Integer stick;

        @Option(names = "--digest", paramLabel = "LEVEL", description = "Digest (精华) level 1-3; 0 removes it.")
        Integer digest;

        @Option(names = "--move", paramLabel = "FID", converter = IdNumber.Int.class, description = "Move it to this board (移动).")
        Integer move;

        @Option(names = "--delete-post", arity = "1..*", paramLabel = "PID",
                description = "Delete these posts of the thread (删除); the first post deletes the thread.")
        List<Long> deletePosts;

        @Option(names = "--ban-post", arity = "1..*", paramLabel = "PID",
                description = "Ban these posts (屏蔽): their text is hidden from readers.")
        List<Long> banPosts;

        @Option(names = "--unban-post", arity = "1..*", paramLabel = "PID", description = "Lift the ban (解除屏蔽).")
        List<Long> unbanPosts;
    }

    @Override
    public Integer call() throws Exception {
        ThreadTool chosen = chosen();
        try (PortalSession session = mod.cli.session()) {
            if (chosen instanceof ThreadTool.Move move && !boardListed(session.forum().index(), move.fid())) {
                mod.cli.err().println("fenghuang: " + mod.cli.texts().get("mod.tool.noBoard", String.valueOf(move.fid())));
                mod.cli.err().flush();
                return WriteOutput.REFUSED;
            }
            SeenThread said = withReplies == null || lastPost == null ? SeenThread.nothing()
                    : SeenThread.replies(withReplies, lastPost);
            ToolResult result = session.moderation().forum().threadTool(tid, chosen, reason, said);
            report(chosen, result);
            return result.allApplied() ? 0 : WriteOutput.REFUSED;
        } catch (ThreadChanged changed) {
            return notSent(changed);
        } catch (LevelNotOffered level) {
            return refuse(picocli.CommandLine.ExitCode.USAGE, "mod.tool.levelNotOffered", String.valueOf(level.level()),
                    LevelNotOffered.join(level.offered()));
        } catch (SiteRefused refused) {
            return WriteOutput.report(new PostResult.Refused(refused.siteMessage()), "mod.tool.fate.APPLIED", json.enabled(),
                    mod.cli.texts(), mod.cli.out(), mod.cli.err());
        }
    }

    /** The thread was not as said: the first post's replies not counted (exit 2), or counted otherwise (3). */
    private int notSent(ThreadChanged changed) {
        String tid = String.valueOf(changed.tid());
        if (changed.why() == ThreadChanged.Why.REPLIES_NOT_SAID) {
            return refuse(picocli.CommandLine.ExitCode.USAGE, "mod.tool.withRepliesWanted",
                    String.valueOf(changed.pid()), tid, String.valueOf(changed.repliesNow()),
                    String.valueOf(changed.lastNow()));
        }
        if (changed.why() == ThreadChanged.Why.LAST_POST) {
            return refuse(WriteOutput.REFUSED, "mod.tool.lastPostDiffers", tid, String.valueOf(changed.lastNow()),
                    String.valueOf(changed.lastSeen()));
        }
        return refuse(WriteOutput.REFUSED, "mod.tool.repliesDiffer", tid, String.valueOf(changed.repliesNow()),
                String.valueOf(changed.repliesSeen()));
    }

    private int refuse(int exitCode, String key, String... args) {
        mod.cli.err().println("fenghuang: " + mod.cli.texts().get(key, args));
        mod.cli.err().flush();
        return exitCode;
    }

    /** Whether the forum index lists the board, as a board or a sub-board: a move anywhere else is not sent. */
    private static boolean boardListed(ForumIndex index, int fid) {
        for (ForumCategory category : index.categories()) {
            for (BoardSummary board : category.boards()) {
                if (board.fid() == fid || board.subBoards().stream().anyMatch(sub -> !sub.category() && sub.fid() == fid)) {
                    return true;
                }
            }
        }
        return false;
    }

    private ThreadTool chosen() {
        int given = (tool.close ? 1 : 0) + (tool.open ? 1 : 0) + (tool.stick != null ? 1 : 0)
                + (tool.digest != null ? 1 : 0) + (tool.move != null ? 1 : 0) + (tool.deletePosts != null ? 1 : 0)
                + (tool.banPosts != null ? 1 : 0) + (tool.unbanPosts != null ? 1 : 0);
        if (given != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say one of --close, --open, --stick N, "
                    + "--digest N, --move FID, --delete-post PID..., --ban-post PID..., --unban-post PID...");
        }
        boolean negative = withReplies != null && withReplies < 0;
        if ((withReplies != null || lastPost != null) && (tool.deletePosts == null || negative)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--with-replies N (0 or more) and --last-post PID go with --delete-post of the thread's first post");
        }
        try {
            if (tool.close) {
                return new ThreadTool.Close();
            }
            if (tool.open) {
                return new ThreadTool.Open();
            }
            if (tool.stick != null) {
                return new ThreadTool.Stick(tool.stick);
            }
            if (tool.digest != null) {
                return new ThreadTool.Digest(tool.digest);
            }
            if (tool.move != null) {
                return new ThreadTool.Move(tool.move);
            }
            if (tool.deletePosts != null) {
                return new ThreadTool.DeletePosts(IdNumber.all(tool.deletePosts, spec.commandLine(), "PID"));
            }
            if (tool.banPosts != null) {
                return new ThreadTool.BanPosts(IdNumber.all(tool.banPosts, spec.commandLine(), "PID"), true);
            }
            return new ThreadTool.BanPosts(IdNumber.all(tool.unbanPosts, spec.commandLine(), "PID"), false);
        } catch (IllegalArgumentException outOfRange) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), outOfRange.getMessage());
        }
    }

    private void report(ThreadTool chosen, ToolResult result) {
        var out = mod.cli.out();
        boolean wholeThread = result.outcomes().stream().anyMatch(ToolResult.Outcome::wholeThread);
        if (json.enabled()) {
            JsonObject o = new JsonObject();
            o.addProperty("action", wholeThread ? ForumModeration.DELETE_THREAD : chosen.action());
            JsonArray outcomes = new JsonArray();
            for (ToolResult.Outcome r : result.outcomes()) {
                JsonObject i = new JsonObject();
                i.addProperty("id", r.id());
                i.addProperty("action", r.wholeThread() ? ForumModeration.DELETE_THREAD : chosen.action());
                if (r.wholeThread()) {
                    i.addProperty("replies", r.repliesWithIt());
                }
                i.addProperty("text", r.text());
                i.addProperty("fate", fate(r.fate()));
                outcomes.add(i);
            }
            o.add("outcomes", outcomes);
            o.addProperty("allApplied", result.allApplied());
            o.addProperty("siteMessage", result.siteMessage());
            out.println(JsonView.write(o));
        } else {
            for (ToolResult.Outcome r : result.outcomes()) {
                String action = r.wholeThread() ? ForumModeration.DELETE_THREAD : chosen.action();
                out.printf("#%d  %s  %s%n", r.id(), mod.cli.texts().get("mod.tool." + action),
                        mod.cli.texts().get("mod.tool.fate." + r.fate().name()));
            }
        }
        out.flush();
    }

    private static String fate(DecisionOutcome.Fate fate) {
        return fate.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
