package dev.fenghuang.demo.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reaction counts per article (seeded from the generated content) and the reactions members added since the
 * start: one per member and article (3.7), newest first for the 刚表态过的朋友 list.
 */
public final class ReactionLog {
    public record Reaction(SiteMember member, int clickid, long time) {
    }

    private final Map<Integer, int[]> counts = new ConcurrentHashMap<>();
    private final Map<Integer, List<Reaction>> added = new ConcurrentHashMap<>();

    ReactionLog(List<PortalArticle> articles) {
        for (PortalArticle article : articles) {
            counts.put(article.aid(), article.reactions().stream().mapToInt(Integer::intValue).toArray());
            added.put(article.aid(), Collections.synchronizedList(new ArrayList<>()));
        }
    }

    /** Counts by position 1..5, as a list indexed from 0. */
    public List<Integer> counts(int aid) {
        int[] c = counts.get(aid);
        synchronized (c) {
            return java.util.Arrays.stream(c).boxed().toList();
        }
    }

    boolean reacted(int aid, SiteMember member) {
        return added.get(aid).stream().anyMatch(r -> r.member().equals(member));
    }

    /** Adds the member's reaction unless there is one already; true when added. */
    public synchronized boolean add(int aid, SiteMember member, int clickid, long now) {
        if (reacted(aid, member)) {
            return false;
        }
        int[] c = counts.get(aid);
        synchronized (c) {
            c[clickid - 1]++;
        }
        added.get(aid).add(0, new Reaction(member, clickid, now));
        return true;
    }

    /** Reactions added by members, newest first. */
    public List<Reaction> recent(int aid) {
        synchronized (added.get(aid)) {
            return List.copyOf(added.get(aid));
        }
    }
}
