package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.option.PerPageOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "List comments waiting for moderation (未审核), newest first; --ignored for the ignored tab.")
final class ModQueueCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        try (PortalSession session = mod.cli.session()) {
            QueuePage p = AdminUnlock.run(mod, session.moderation(),
                    () -> session.moderation().queue(filter, page.number()));
            PastTheLastPage.check(page.number(), p.pageCount(), mod.cli.texts());
            if (json.enabled()) {
                mod.cli.out().println(JsonView.write(json(p)));
            } else {
                print(p);
            }
            mod.cli.out().flush();
            return 0;
        } catch (AdminUnlock.Refused refused) {
            return refused.report(json.enabled(), mod.cli);
        }
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
            out.printf("#%d  %s  %s  · %s [%d]%n", e.cid(), e.author().name(),
                    e.time() == null ? "" : TIME.format(e.time()), e.articleTitle(), e.aid());
            e.text().lines().forEach(line -> out.println("    " + line));
            if (!e.censorWords().isEmpty()) {
                out.println("    ! " + String.join(" ", e.censorWords()));
            }
        }
    }

    static JsonObject json(QueuePage p) {
        JsonObject o = new JsonObject();
        o.addProperty("page", p.page());
        o.addProperty("pageCount", p.pageCount());
        o.addProperty("total", p.total());
        JsonArray entries = new JsonArray();
        for (QueueEntry e : p.entries()) {
            JsonObject i = new JsonObject();
            i.addProperty("cid", e.cid());
            i.addProperty("aid", e.aid());
            i.addProperty("articleTitle", e.articleTitle());
            JsonObject author = new JsonObject();
            author.addProperty("uid", e.author().uid());
            author.addProperty("name", e.author().name());
            i.add("author", author);
            i.add("time", JsonView.time(e.time()));
            i.addProperty("text", e.text());
            JsonArray words = new JsonArray();
            e.censorWords().forEach(words::add);
            i.add("censorWords", words);
            entries.add(i);
        }
        o.add("entries", entries);
        return o;
    }
}
