package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.option.PageOption;
import dev.fenghuang.cli.option.PerPageOption;
import dev.fenghuang.cli.option.Prompter;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.PastTheLastPage;
import dev.fenghuang.cli.output.WriteOutput;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.Moderation;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mod search}: all comments of the portal in a time range (the admin panel's comment search), for cleaning
 * up after the fact. {@code --delete CID…} deletes those comments among what the search finds, in one request,
 * confirmed by searching again and logged; {@code --delete} alone shows the page found and asks at the terminal,
 * then deletes exactly what was shown, never what a new search would find (comments posted since).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search all comments of the portal (default: the last 7 days), newest first.")
final class ModSearchCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    ModCommand mod;

    @Option(names = "--keyword", paramLabel = "WORDS", description = "Words in the comment text.")
    String keyword;

    @Option(names = "--author", paramLabel = "NAME", description = "Comments by these members (repeatable).")
    List<String> authors;

    @Option(names = "--aid", paramLabel = "AID", converter = IdNumber.class, description = "Comments on one article.")
    long aid;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 7 days ago).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today).")
    LocalDate to;

    @Mixin
    PageOption page;

    @Option(names = "--per-page", paramLabel = "N", defaultValue = "20", converter = PerPageOption.Offered.class,
            description = "20, 50 or 100.")
    int perPage;

    @Option(names = "--delete", arity = "0..*", paramLabel = "CID", description = "Delete these comments among "
            + "the ones found; without ids, show this page of results and ask (at a terminal only).")
    List<Long> delete;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CommentQuery query = new CommentQuery("", aid, keyword, authors, 0, from != null ? from : today.minusDays(7),
                to != null ? to : today, perPage);
        boolean deleting = spec.commandLine().getParseResult().hasMatchedOption("--delete");
        List<Long> ids = delete == null ? List.of() : delete;
        Prompter prompter = new Prompter();
        if (deleting && ids.isEmpty() && !prompter.interactive()) {
            throw new ParameterException(spec.commandLine(), mod.cli.texts().get("mod.searchDeleteNeedsIds"));
        }
        try (PortalSession session = mod.cli.session()) {
            Moderation moderation = session.moderation();
            if (deleting && !ids.isEmpty()) {
                return report(AdminUnlock.run(mod, moderation, () -> moderation.deleteListed(ids, query)));
            }
            SearchPage found = AdminUnlock.run(mod, moderation, () -> moderation.search(query, page.number()));
            PastTheLastPage.check(page.number(), found.pageCount(), mod.cli.texts());
            print(found);
            if (!deleting || found.hits().isEmpty()) {
                return 0;
            }
            String yes = prompter.ask(mod.cli.texts().get("mod.searchDeleteAsk", String.valueOf(found.hits().size())));
            if (yes == null || !(yes.equalsIgnoreCase("y") || yes.equals("是"))) {
                return 0;
            }
            Map<Long, SearchHit> shown = new LinkedHashMap<>();
            found.hits().forEach(h -> shown.put(h.cid(), h));
            return report(AdminUnlock.run(mod, moderation, () -> moderation.deleteFound(shown, query)));
        } catch (AdminUnlock.Refused refused) {
            return refused.report(json.enabled(), mod.cli);
        }
    }

    private int report(BatchResult result) {
        ModDecisionCommand.report(result, json.enabled(), mod.cli);
        return result.allApplied() ? 0 : WriteOutput.REFUSED;
    }

    private void print(SearchPage p) {
        var out = mod.cli.out();
        if (json.enabled()) {
            out.println(JsonView.write(json(p)));
        } else {
            out.println(mod.cli.texts().get("mod.searchHeading", String.valueOf(p.total()), String.valueOf(p.page()),
                    String.valueOf(Math.max(1, p.pageCount()))));
            for (SearchHit h : p.hits()) {
                out.println();
                out.printf("#%d  %s  %s  · %s [%d]%n", h.cid(), h.author().name(),
                        h.time() == null ? "" : TIME.format(h.time()), h.articleTitle(), h.aid());
                h.text().lines().forEach(line -> out.println("    " + line));
            }
        }
        out.flush();
    }

    private static JsonObject json(SearchPage p) {
        JsonObject o = new JsonObject();
        o.addProperty("page", p.page());
        o.addProperty("pageCount", p.pageCount());
        o.addProperty("total", p.total());
        JsonArray hits = new JsonArray();
        for (SearchHit h : p.hits()) {
            JsonObject i = new JsonObject();
            i.addProperty("cid", h.cid());
            i.addProperty("aid", h.aid());
            i.addProperty("articleTitle", h.articleTitle());
            JsonObject author = new JsonObject();
            author.addProperty("uid", h.author().uid());
            author.addProperty("name", h.author().name());
            i.add("author", author);
            i.add("time", JsonView.time(h.time()));
            i.addProperty("text", h.text());
            hits.add(i);
        }
        o.add("hits", hits);
        return o;
    }
}
