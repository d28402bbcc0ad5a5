package dev.fenghuang.site.admin;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confirms decisions by reading the queue again, never by the site's message (its counts are wrong, 5.4 of the
 * protocol reference). Approve and delete: gone from the tab they were decided on. Ignore: listed under the
 * ignored tab ({@code filter=ignore}) — the comment itself stays pending (待审核), hidden from the public.
 */
final class QueueCheck {
    /** One page of the queue. */
    @FunctionalInterface
    interface Reader {
        QueuePage read(QueueFilter filter, int page) throws IOException;
    }

    private final Reader reader;

    QueueCheck(Reader reader) {
        this.reader = reader;
    }

    List<DecisionOutcome> confirm(Map<Long, Decision> decisions, QueueFilter filter) throws IOException {
        QueueFilter look = filter.withPerPage(100).withCensor(false);
        PresenceScan.Seen source = scan(look, decisions.keySet());
        Set<Long> ignores = decisions.entrySet().stream().filter(e -> e.getValue() == Decision.IGNORE)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        PresenceScan.Seen ignored = filter.ignored() ? source
                : ignores.isEmpty() ? null : scan(look.ignoredTab(), ignores);
        List<DecisionOutcome> out = new ArrayList<>();
        decisions.forEach((cid, d) -> out.add(new DecisionOutcome(cid, d, fate(cid, d, source, ignored, filter))));
        return out;
    }

    private static Fate fate(long cid, Decision d, PresenceScan.Seen source, PresenceScan.Seen ignored,
                             QueueFilter filter) {
        if (d == Decision.IGNORE) {
            if (ignored.found().contains(cid)) {
                return Fate.APPLIED;
            }
            return !filter.ignored() && source.found().contains(cid) ? Fate.NOT_APPLIED : Fate.UNKNOWN;
        }
        if (source.found().contains(cid)) {
            return Fate.NOT_APPLIED;
        }
        return source.absent(cid) ? Fate.APPLIED : Fate.UNKNOWN;
    }

    private PresenceScan.Seen scan(QueueFilter filter, Set<Long> wanted) throws IOException {
        return PresenceScan.look(page -> {
            QueuePage q = reader.read(filter, page);
            return new PresenceScan.Listing(q.entries().stream().map(QueueEntry::cid).toList(), q.pageCount());
        }, wanted);
    }
}
