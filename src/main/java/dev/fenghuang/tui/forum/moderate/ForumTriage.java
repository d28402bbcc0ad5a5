package dev.fenghuang.tui.forum.moderate;

import dev.fenghuang.app.forum.ForumModeration;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the forum's queue screens ask of the site: a page of held threads or replies and a batch of decisions, on
 * the admin panel (5.7; {@link dev.fenghuang.model.AdminSessionExpired} when it wants its password again) or on the
 * front-end moderation panel (5.9; {@link dev.fenghuang.model.forum.PanelPasswordWanted}). Decisions are sent only
 * about items the queue holds when read again. Called off the UI thread.
 */
public interface ForumTriage {
    HeldPage queue(HeldFilter filter, int page) throws IOException;

    /** Decides about what the queue holds; an item whose text is not the one {@code shown} (by id) is not sent. */
    BatchResult decide(HeldKind kind, Map<Long, Decision> decisions, Map<Long, String> reasons,
                       Map<Long, String> shown) throws IOException;

    /** A page of the front-end panel's queue, all the boards the account moderates. */
    HeldPage panelQueue(HeldKind kind, boolean ignored, int page) throws IOException;

    /** Enters the password the front-end panel asks for; the array is the caller's to wipe. */
    PostResult unlockPanel(char[] password) throws IOException;

    BatchResult panelDecide(HeldKind kind, Map<Long, Decision> decisions, Map<Long, String> reasons,
                            Map<Long, String> shown) throws IOException;

    /** A decision about thread {@code tid} of board {@code fid} was sent: what is kept of their pages is stale. */
    void decided(long tid, int fid);

    /** The application's forum moderation, with the forum reader whose cached pages a decision makes stale. */
    static ForumTriage over(ForumModeration moderation, ForumReader reader) {
        return new ForumTriage() {
            @Override
            public HeldPage queue(HeldFilter filter, int page) throws IOException {
                return moderation.queue(filter, page);
            }

            @Override
            public BatchResult decide(HeldKind kind, Map<Long, Decision> decisions, Map<Long, String> reasons,
                                      Map<Long, String> shown) throws IOException {
                return moderation.decideInQueue(kind, decisions, reasons, shown);
            }

            @Override
            public HeldPage panelQueue(HeldKind kind, boolean ignored, int page) throws IOException {
                return moderation.panelQueue(kind, ignored, 0, page);
            }

            @Override
            public PostResult unlockPanel(char[] password) throws IOException {
                return moderation.unlockPanel(password);
            }

            /** The panel takes one reason a request: one request per reason given. */
            @Override
            public BatchResult panelDecide(HeldKind kind, Map<Long, Decision> decisions, Map<Long, String> reasons,
                                           Map<Long, String> shown) throws IOException {
                Map<String, Map<Long, Decision>> byReason = new LinkedHashMap<>();
                decisions.forEach((id, d) -> byReason.computeIfAbsent(reasons.getOrDefault(id, ""),
                        r -> new LinkedHashMap<>()).put(id, d));
                List<DecisionOutcome> outcomes = new ArrayList<>();
                String said = "";
                for (Map.Entry<String, Map<Long, Decision>> group : byReason.entrySet()) {
                    BatchResult r = moderation.panelDecideInQueue(kind, group.getValue(), group.getKey(),
                            shown);
                    outcomes.addAll(r.outcomes());
                    said = said.isEmpty() ? r.siteMessage() : said;
                }
                return new BatchResult(outcomes, said);
            }

            @Override
            public void decided(long tid, int fid) {
                if (reader != null) {
                    reader.invalidateThread(tid);
                    reader.invalidateBoard(fid);
                }
            }
        };
    }
}
