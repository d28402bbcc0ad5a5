package dev.fenghuang.cli.moderate;

import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.option.IdNumber;
import dev.fenghuang.cli.option.JsonOption;
import dev.fenghuang.cli.output.JsonView;
import dev.fenghuang.cli.output.WriteOutput;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fenghuang.app.Moderation;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.forum.HeldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mod approve|delete|ignore CID…}: reads the queue first and decides only about the comments it holds then
 * (the others are reported "not in the queue" and not sent, unless {@code --not-in-queue}); one request for the
 * whole batch, then the queue is read again to tell what really happened to each comment (the site's own counts are
 * wrong). Exit 0 only when every decision went through; every decision sent is in the audit log, before and after.
 */
public abstract class ModDecisionCommand implements Callable<Integer> {
    @ParentCommand
    ModCommand mod;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public List<Long> cids;

    /** Checked here, not by a converter: picocli leaves a later value that fails to convert unmatched. */
    @Parameters(arity = "0..*", paramLabel = "CID", description = "The comments.")
    public void cids(List<Long> values) {
        cids = IdNumber.all(values, spec.commandLine(), "CID");
    }

    List<Long> threads;
    List<Long> replies;

    @Option(names = "--thread", arity = "1..*", paramLabel = "TID",
            description = "Forum threads held for moderation (审核新主题) instead of comments.")
    public void threads(List<Long> values) {
        threads = IdNumber.all(values, spec.commandLine(), "TID");
    }

    @Option(names = "--reply", arity = "1..*", paramLabel = "PID",
            description = "Forum replies held for moderation (审核新回复) instead of comments.")
    public void replies(List<Long> values) {
        replies = IdNumber.all(values, spec.commandLine(), "PID");
    }

    @Option(names = "--modcp", description = "With --thread or --reply: through the front-end moderation panel (管理面板) "
            + "instead of the admin panel, for super moderators and moderators.")
    boolean modcp;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --thread or --reply: the reason (操作理由), "
            + "sent to the author with the decision and kept in the audit log.")
    String reason;

    @Option(names = "--not-in-queue", description = "Also decide about comments the queue does not hold (a "
            + "published comment, for one); their text is read from the site and logged first.")
    boolean notInQueue;

    @Mixin
    JsonOption json = new JsonOption();

    abstract Decision decision();

    @Override
    public Integer call() throws Exception {
        boolean forum = threads != null || replies != null;
        boolean comments = cids != null && !cids.isEmpty();
        if (forum == comments || (threads != null && replies != null) || (forum && notInQueue)
                || (!forum && (reason != null || modcp))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "say CID..., --thread TID... or --reply PID... (one of them; --not-in-queue for comments only, "
                            + "--reason and --modcp for forum posts only)");
        }
        if (forum) {
            return ModForumDecision.run(mod, threads != null ? HeldKind.THREAD : HeldKind.REPLY,
                    threads != null ? threads : replies, decision(), reason, json.enabled(), modcp);
        }
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        cids.forEach(cid -> decisions.put(cid, decision()));
        QueueFilter filter = QueueFilter.pending();
        try (PortalSession session = mod.cli.session()) {
            Moderation moderation = session.moderation();
            BatchResult result = AdminUnlock.run(mod, moderation,
                    () -> moderation.decideInQueue(decisions, filter, notInQueue));
            report(result);
            return result.allApplied() ? 0 : WriteOutput.REFUSED;
        } catch (AdminUnlock.Refused refused) {
            return refused.report(json.enabled(), mod.cli);
        }
    }

    private void report(BatchResult result) {
        report(result, json.enabled(), mod.cli);
    }

    /** What happened to each comment, and how many decisions went through; JSON or text. */
    static void report(BatchResult result, boolean json, Cli cli) {
        report(result, json, cli, "cid");
    }

    /**
     * As {@link #report(BatchResult, boolean, Cli)}, each id named by {@code idField}: {@code cid} a comment,
     * {@code tid} a forum thread, {@code pid} a forum post (told as {@code thread N} / {@code post N} in text).
     */
    static void report(BatchResult result, boolean json, Cli cli, String idField) {
        var out = cli.out();
        if (json) {
            JsonObject o = new JsonObject();
            JsonArray outcomes = new JsonArray();
            for (DecisionOutcome d : result.outcomes()) {
                JsonObject i = new JsonObject();
                i.addProperty(idField, d.cid());
                i.addProperty("decision", d.decision().name().toLowerCase(Locale.ROOT));
                i.addProperty("fate", d.fate().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                outcomes.add(i);
            }
            o.add("outcomes", outcomes);
            o.addProperty("allApplied", result.allApplied());
            out.println(JsonView.write(o));
        } else {
            for (DecisionOutcome d : result.outcomes()) {
                String id = idField.equals("cid") ? "#" + d.cid() : cli.texts().get("mod.decided." + idField, d.cid());
                out.printf("%s  %s  %s%n", id, cli.texts().get("mod.decision." + d.decision().name()),
                        cli.texts().get(fateKey(idField, d.fate())));
            }
            out.println(cli.texts().get("mod.summary", String.valueOf(result.count(DecisionOutcome.Fate.APPLIED)),
                    String.valueOf(result.outcomes().size())));
        }
        out.flush();
    }

    /** A forum post or thread not in the queue cannot be decided anyway: its words do not offer --not-in-queue. */
    private static String fateKey(String idField, DecisionOutcome.Fate fate) {
        return !idField.equals("cid") && fate == DecisionOutcome.Fate.NOT_IN_QUEUE ? "mod.fate.forumNotInQueue"
                : "mod.fate." + fate.name();
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve comments (通过).")
    static final class Approve extends ModDecisionCommand {
        @Override
        Decision decision() {
            return Decision.APPROVE;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete comments (删除).")
    static final class Delete extends ModDecisionCommand {
        @Override
        Decision decision() {
            return Decision.DELETE;
        }
    }

    @Command(name = "ignore", mixinStandardHelpOptions = true,
            description = "Ignore comments (忽略): they move to the ignored tab and stay hidden from the public.")
    static final class Ignore extends ModDecisionCommand {
        @Override
        Decision decision() {
            return Decision.IGNORE;
        }
    }
}
