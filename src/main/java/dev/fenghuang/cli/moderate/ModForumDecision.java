package dev.fenghuang.cli.moderate;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.forum.ForumModeration;
import dev.fenghuang.cli.output.WriteOutput;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.forum.HeldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mod approve|delete|ignore --thread TID… | --reply PID…}: reads the forum queue first and decides only about
 * the items it holds (the others are "not in the queue", not sent, exit 3); one request per tab, then the queue read
 * again. The output is that of the comment decisions, the ids in a {@code tid} (threads) or {@code pid} (replies)
 * field, {@code thread N} / {@code post N} in text.
 */
final class ModForumDecision {
    private ModForumDecision() {
    }

    static int run(ModCommand mod, HeldKind kind, List<Long> ids, Decision decision, String reason, boolean json,
                   boolean modcp)
            throws Exception {
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (long id : ids) {
            decisions.put(id, decision);
            if (reason != null && !reason.isBlank()) {
                reasons.put(id, reason);
            }
        }
        try (PortalSession session = mod.cli.session()) {
            ForumModeration forum = session.moderation().forum();
            BatchResult result = modcp
                    ? AdminUnlock.runPanel(mod, forum, () -> forum.panelDecideInQueue(kind, decisions, reason))
                    : AdminUnlock.run(mod, session.moderation(), () -> forum.decideInQueue(kind, decisions, reasons));
            ModDecisionCommand.report(result, json, mod.cli, kind == HeldKind.THREAD ? "tid" : "pid");
            return result.allApplied() ? 0 : WriteOutput.REFUSED;
        } catch (AdminUnlock.Refused refused) {
            return refused.report(json, mod.cli);
        }
    }
}
