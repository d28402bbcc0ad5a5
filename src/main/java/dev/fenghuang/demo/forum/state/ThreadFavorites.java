package dev.fenghuang.demo.forum.state;

import dev.fenghuang.demo.store.SiteMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Members' favourite threads (4.8). Favids count up from {@value #FIRST_FAVID} so that they never meet the
 * article favourites' ids in one list.
 */
public final class ThreadFavorites {
    static final int FIRST_FAVID = 10001;

    /** One favourite; {@code subject} is the thread's subject when it was added. */
    public record Favorite(int favid, int uid, int tid, String subject, long dateline) {
    }

    private final List<Favorite> all = new ArrayList<>();
    private final AtomicInteger lastId = new AtomicInteger(FIRST_FAVID - 1);

    public synchronized Optional<Favorite> find(SiteMember member, int tid) {
        return all.stream().filter(f -> f.uid() == member.uid() && f.tid() == tid).findFirst();
    }

    public synchronized int count(int tid) {
        return (int) all.stream().filter(f -> f.tid() == tid).count();
    }

    public synchronized Favorite add(SiteMember member, ForumThread thread, long now) {
        Favorite favorite = new Favorite(lastId.incrementAndGet(), member.uid(), thread.tid(), thread.subject(), now);
        all.add(favorite);
        return favorite;
    }

    /** The member's favourite threads, newest first. */
    public synchronized List<Favorite> of(SiteMember member) {
        return all.stream().filter(f -> f.uid() == member.uid())
                .sorted(Comparator.comparingInt(Favorite::favid).reversed()).toList();
    }
}
