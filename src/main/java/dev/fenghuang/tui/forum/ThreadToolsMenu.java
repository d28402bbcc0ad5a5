package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.LevelNotOffered;
import dev.fenghuang.model.forum.SeenThread;
import dev.fenghuang.model.forum.ThreadChanged;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.model.forum.ToolResult;
import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.Layer;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.TerminalText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The thread tools (5.8) from the thread view, one key each: c closes the thread (or opens a closed one), s sticks
 * it at a level, g sets its digest level, m moves it to a board chosen from the board list, d deletes the floors
 * (the marked ones, else the one under the cursor), b bans them (屏蔽) and u lifts the ban. Each asks for the reason
 * and then confirms in words what will happen; the outcome, as the pages read again show it, is told, and the
 * thread is read again. Deleting the first post deletes the thread with its replies: the question names their count
 * and the thread's last post (its last page is read for it), and both are compared with the site before sending.
 */
final class ThreadToolsMenu implements Layer {
    private final UiLoop ui;
    private final ForumParts forum;
    private final ThreadView view;
    private final List<Floor> floors;
    /** The thread's page as the moderator saw it when opening the tools. */
    private final ThreadPage shown;
    /** The thread's last post as the question named it; null until a deletion of the first post asks. */
    private Floor lastShown;

    /** @param floors what the post tools act on: the marked floors, else the floor under the cursor */
    ThreadToolsMenu(UiLoop ui, ForumParts forum, ThreadView view, List<Floor> floors) {
        this.ui = ui;
        this.forum = forum;
        this.view = view;
        this.floors = List.copyOf(floors);
        this.shown = view.thread();
    }

    @Override
    public boolean take(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) {
            ui.message(ui.texts().get("tui.forum.tools.cancelled"));
            return false;
        }
        ThreadPage thread = view.thread();
        Texts texts = ui.texts();
        switch (k.getCharacter()) {
            case 'c' -> reason(thread.closed() ? new ThreadTool.Open() : new ThreadTool.Close(),
                    texts.get(thread.closed() ? "tui.forum.tools.openAsk" : "tui.forum.tools.closeAsk"));
            case 's' -> level("tui.forum.tools.stickLevel", 3, level -> reason(new ThreadTool.Stick(level),
                    texts.get("tui.forum.tools.stickAsk", String.valueOf(level))));
            case 'g' -> level("tui.forum.tools.digestLevel", 3, level -> reason(new ThreadTool.Digest(level),
                    texts.get("tui.forum.tools.digestAsk", String.valueOf(level))));
            case 'm' -> ui.open(new MoveTargetView(ui, forum, thread.fid(), (fid, name) -> reason(
                    new ThreadTool.Move(fid), texts.get("tui.forum.tools.moveAsk", TerminalText.clean(name)))));
            case 'd' -> delete();
            case 'b' -> posts(new ThreadTool.BanPosts(pids(), true), "tui.forum.tools.banAsk");
            case 'u' -> posts(new ThreadTool.BanPosts(pids(), false), "tui.forum.tools.unbanAsk");
            default -> ui.message(texts.get("tui.forum.tools.cancelled"));
        }
        return false;
    }

    /** d: the floors, or the whole thread when the first post is among them (its last post named first). */
    private void delete() {
        ThreadTool tool = new ThreadTool.DeletePosts(pids());
        if (floors.stream().noneMatch(f -> f.number() == 1)) {
            posts(tool, "tui.forum.tools.deleteAsk");
        } else if (shown.replies() <= 0) {
            posts(tool, "tui.forum.tools.deleteThreadAsk");
        } else {
            lastPost(last -> {
                lastShown = last;
                posts(tool, "tui.forum.tools.deleteThreadWithRepliesAsk", String.valueOf(shown.replies()),
                        named(last));
            });
        }
    }

    /**
     * The thread's last post: the last floor shown when the view shows the thread's plain last page, else that of
     * its last page read now. A last page that says the thread has other pages or replies than shown sends nothing.
     */
    private void lastPost(java.util.function.Consumer<Floor> then) {
        if (plain(shown) && shown.page() >= shown.pageCount() && !shown.floors().isEmpty()) {
            then.accept(shown.floors().get(shown.floors().size() - 1));
            return;
        }
        ui.load(() -> forum.source().thread(shown.tid(), shown.pageCount(), 0), last -> {
            if (last.pageCount() != shown.pageCount() || last.replies() != shown.replies() || last.floors().isEmpty()) {
                ui.error(ui.texts().get("tui.forum.tools.threadChanged", String.valueOf(shown.tid())));
                view.reload();
            } else {
                then.accept(last.floors().get(last.floors().size() - 1));
            }
        });
    }

    private static boolean plain(ThreadPage page) {
        return page.authorFilter() == 0 && !page.newestFirst();
    }

    private List<Long> pids() {
        return floors.stream().map(Floor::pid).toList();
    }

    /** Asks about the floors named by their labels ({@code {0}}), then {@code more} ({@code {1}} on). */
    private void posts(ThreadTool tool, String askKey, String... more) {
        if (floors.isEmpty()) {
            ui.message(ui.texts().get("tui.forum.noSuchFloor"));
            return;
        }
        String[] args = new String[more.length + 1];
        args[0] = floors.stream().map(Floor::label).collect(Collectors.joining(", "));
        System.arraycopy(more, 0, args, 1, more.length);
        reason(tool, ui.texts().get(askKey, (Object[]) args));
    }

    /** Asks for a level from 0 to {@code highest}; 0 lifts it. */
    private void level(String promptKey, int highest, java.util.function.IntConsumer then) {
        ui.ask(ui.texts().get(promptKey, String.valueOf(highest)), input -> {
            String s = input.strip();
            if (s.matches("[0-3]") && Integer.parseInt(s) <= highest) {
                then.accept(Integer.parseInt(s));
            } else {
                ui.error(ui.texts().get("tui.forum.tools.badLevel", String.valueOf(highest)));
            }
        });
    }

    /** Asks for the reason (may be left empty), then confirms what will happen, naming it. */
    private void reason(ThreadTool tool, String what) {
        ui.ask(ui.texts().get("tui.forum.tools.reason"), reason -> {
            String why = reason.strip();
            String shown = why.isEmpty() ? ui.texts().get("tui.forum.tools.noReason") : TerminalText.clean(why);
            ui.push(new Confirm(ui.texts().get("tui.forum.tools.confirm", what, shown), () -> send(tool, why),
                    () -> ui.message(ui.texts().get("tui.forum.tools.cancelled"))));
        });
    }

    /**
     * Sends the tool for what was shown: the thread is read again first, and when it is not what the moderator saw
     * (a new reply where the first post goes, a post's text edited) nothing is sent, and it is shown again.
     */
    private void send(ThreadTool tool, String reason) {
        ThreadPage thread = shown;
        ModeratorTools tools = forum.tools();
        SeenThread seen = seen();
        ui.message(ui.texts().get("tui.forum.tools.sending"));
        ui.write(() -> tools.apply(thread.tid(), thread.fid(), tool, reason, seen), result -> {
            ui.message(told(tool, result));
            view.toolUsed(tool, result);
        }, e -> {
            if (e instanceof ThreadChanged changed) {
                ui.error(changed(changed));
                view.reload();
            } else if (e instanceof LevelNotOffered level) {
                ui.error(ui.texts().get("mod.tool.levelNotOffered", String.valueOf(level.level()),
                        LevelNotOffered.join(level.offered())));
            } else {
                ui.error(Problem.of(e, ui.texts()).message());
            }
        });
    }

    /**
     * The reply count and first page as shown (the page only when it is the thread's plain first page), and the last
     * post when the question named it.
     */
    private SeenThread seen() {
        boolean firstPage = shown.page() == 1 && plain(shown);
        Map<Long, Floor> targets = new LinkedHashMap<>();
        floors.forEach(f -> targets.put(f.pid(), f));
        return new SeenThread(shown.replies(), firstPage ? shown.floors().stream().map(Floor::pid).toList()
                : List.of(), targets, lastShown == null ? 0 : lastShown.pid());
    }

    /** "thread 7 has 1 new reply since you looked; nothing deleted — look again", or the post's new text. */
    private String changed(ThreadChanged changed) {
        Texts texts = ui.texts();
        if (changed.why() == ThreadChanged.Why.TEXT) {
            String text = TerminalText.clean(changed.textNow()).replace('\n', ' ');
            String shownLabel = floors.stream().filter(f -> f.pid() == changed.pid()).map(Floor::label).findFirst()
                    .orElse("#" + changed.pid());
            return texts.get("tui.forum.tools.textChanged", shownLabel,
                    text.length() > 30 ? text.substring(0, 30) + "…" : text);
        }
        if (changed.why() == ThreadChanged.Why.LAST_POST) {
            return texts.get("tui.forum.tools.lastPostChanged", String.valueOf(changed.tid()),
                    String.valueOf(changed.lastNow()), String.valueOf(changed.lastSeen()));
        }
        long more = changed.repliesNow() - changed.repliesSeen();
        return more > 0 ? texts.get("tui.forum.tools.newReplies", String.valueOf(changed.tid()), String.valueOf(more))
                : texts.get("tui.forum.tools.threadChanged", String.valueOf(changed.tid()));
    }

    /** "关闭: 完成" — each target's fate as the pages read again show it, and the site's words. */
    private String told(ThreadTool tool, ToolResult result) {
        Texts texts = ui.texts();
        String done = texts.get("mod.tool." + tool.action());
        String fates = result.outcomes().stream().map(o -> (tool instanceof ThreadTool.DeletePosts
                || tool instanceof ThreadTool.BanPosts ? label(o.id()) + " " : "")
                + texts.get("mod.tool.fate." + o.fate().name())).collect(Collectors.joining(", "));
        boolean all = result.outcomes().stream().allMatch(o -> o.fate() == Fate.APPLIED);
        return texts.get(all ? "tui.forum.tools.done" : "tui.forum.tools.partly", done, fates);
    }

    /** The floor as it was shown: its label then, its pid and its author (the label may name another post now). */
    private String label(long pid) {
        return floors.stream().filter(f -> f.pid() == pid).findFirst().map(this::named).orElse("#" + pid);
    }

    /** "64#（#412 reader1）": a floor by its label, pid and author. */
    private String named(Floor f) {
        return ui.texts().get("tui.forum.tools.postNamed", f.label(), String.valueOf(f.pid()),
                TerminalText.clean(f.author().name()));
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        // The menu is in the status bar; the thread stays visible above it.
    }

    @Override
    public String status() {
        return ui.texts().get(view.thread().closed() ? "tui.forum.tools.menuClosed" : "tui.forum.tools.menu");
    }
}
