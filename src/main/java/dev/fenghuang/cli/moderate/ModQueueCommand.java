package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.option.PerPageOption;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "List comments waiting for moderation (未审核), newest first; --ignored for the ignored tab.")
final class ModQueueCommand implements Callable<Integer> {
    @ParentCommand
    ModCommand mod;

    @Option(names = "--ignored", description = "The ignored tab (已忽略) instead of the pending one.")
    boolean ignored;

    @Mixin
    PageOption page;

    @Mixin
    PerPageOption perPage;

    @Option(names = "--keyword", paramLabel = "WORDS", description = "Only comments containing these words.")
    String keyword;

    @Option(names = "--catid", paramLabel = "N", converter = IdNumber.Int.class,
            description = "Only comments on this category.")
    int catid;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        QueueFilter base = QueueFilter.pending().withPerPage(perPage.size()).withKeyword(keyword);
        QueueFilter filter = new QueueFilter(ignored, base.period(), catid, "", base.keyword(), base.perPage(), true);
        return QueueListing.show(mod, json.enabled(), page.number(), session -> AdminUnlock.run(mod,
                session.moderation(), () -> session.moderation().queue(filter, page.number())),
                QueuePage::pageCount, ModQueueCommand::json, this::print);
    }

    private void print(QueuePage p) {
        var out = mod.cli.out();
        out.println(mod.cli.texts().get(ignored ? "mod.ignoredHeading" : "mod.queueHeading", String.valueOf(p.total()),
                String.valueOf(p.page()), String.valueOf(Math.max(1, p.pageCount()))));
        if (p.entries().isEmpty()) {
            out.println(mod.cli.texts().get("mod.empty"));
        }
        for (QueueEntry e : p.entries()) {
            out.println();
            out.printf("#%d  %s  %s  · %s [%d]%n", e.cid(), e.author().name(), QueueListing.time(e.time()),
                    e.articleTitle(), e.aid());
            QueueListing.body(out, e.text(), e.censorWords());
        }
    }

    static JsonObject json(QueuePage p) {
        JsonArray entries = new JsonArray();
        for (QueueEntry e : p.entries()) {
            JsonObject i = new JsonObject();
            i.addProperty("cid", e.cid());
            i.addProperty("aid", e.aid());
            i.addProperty("articleTitle", e.articleTitle());
            QueueListing.entry(i, e.author(), e.time(), e.text(), e.censorWords());
            entries.add(i);
        }
        return QueueListing.page(p.page(), p.pageCount(), p.total(), entries);
    }
}
