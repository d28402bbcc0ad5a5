package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.option.JsonOption;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.forum.ForumModeration;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.option.PerPageOption;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mod threads} / {@code mod replies}: the admin panel's forum queues (审核新主题 / 审核新回复), newest first,
 * all time (the site's default of one week hides older items).
 */
abstract class ModHeldCommand implements Callable<Integer> {
    @ParentCommand
    ModCommand mod;

    @Option(names = "--ignored", description = "The ignored items (已忽略) instead of the waiting ones.")
    boolean ignored;

    @Mixin
    PageOption page;

    @Mixin
    PerPageOption perPage;

    @Option(names = "--fid", paramLabel = "FID", converter = IdNumber.Int.class, description = "Only this board.")
    int fid;

    @Option(names = "--author", paramLabel = "NAME", description = "Only posts by this member.")
    String author;

    @Option(names = "--contains", paramLabel = "WORDS",
            description = "Only items whose subject (threads) or message (replies) contains these words.")
    String contains;

    @Option(names = "--modcp", description = "The front-end moderation panel (管理面板, forum.php?mod=modcp) instead of "
            + "the admin panel: for super moderators and moderators, 10 a page; it asks for the password itself.")
    boolean modcp;

    @Mixin
    JsonOption json = new JsonOption();

    abstract HeldKind kind();

    @Override
    public Integer call() throws Exception {
        HeldFilter filter = new HeldFilter(kind(), ignored, fid, author, contains, perPage.size(), true);
        return QueueListing.show(mod, json.enabled(), page.number(), session -> {
            ForumModeration forum = session.moderation().forum();
            return modcp
                    ? AdminUnlock.runPanel(mod, forum, () -> forum.panelQueue(kind(), ignored, fid, page.number()))
                    : AdminUnlock.run(mod, session.moderation(), () -> forum.queue(filter, page.number()));
        }, HeldPage::pageCount, ModHeldCommand::json, this::print);
    }

    private void print(HeldPage p) {
        var out = mod.cli.out();
        String heading = "mod.held." + kind().name().toLowerCase(java.util.Locale.ROOT) + (ignored ? "Ignored" : "");
        out.println(mod.cli.texts().get(heading, String.valueOf(p.total()), String.valueOf(p.page()),
                String.valueOf(Math.max(1, p.pageCount()))));
        if (p.entries().isEmpty()) {
            out.println(mod.cli.texts().get("mod.held.empty"));
        }
        for (HeldPost e : p.entries()) {
            out.println();
            out.printf("%s  %s  %s  · %s › %s [tid %d]%n", kind() == HeldKind.THREAD ? "tid " + e.tid() : "pid " + e.pid(),
                    e.author().name(), QueueListing.time(e.time()), e.board(), e.subject(), e.tid());
            QueueListing.body(out, e.text(), e.censorWords());
        }
    }

    static JsonObject json(HeldPage p) {
        JsonArray entries = new JsonArray();
        for (HeldPost e : p.entries()) {
            JsonObject i = new JsonObject();
            i.addProperty("tid", e.tid());
            i.addProperty("pid", e.pid());
            i.addProperty("fid", e.fid());
            i.addProperty("board", e.board());
            i.addProperty("subject", e.subject());
            QueueListing.entry(i, e.author(), e.time(), e.text(), e.censorWords());
            entries.add(i);
        }
        return QueueListing.page(p.page(), p.pageCount(), p.total(), entries);
    }

    @Command(name = "threads", mixinStandardHelpOptions = true,
            description = "List new threads held for moderation (审核新主题), newest first.")
    static final class Threads extends ModHeldCommand {
        @Override
        HeldKind kind() {
            return HeldKind.THREAD;
        }
    }

    @Command(name = "replies", mixinStandardHelpOptions = true,
            description = "List new replies held for moderation (审核新回复), newest first.")
    static final class Replies extends ModHeldCommand {
        @Override
        HeldKind kind() {
            return HeldKind.REPLY;
        }
    }
}
