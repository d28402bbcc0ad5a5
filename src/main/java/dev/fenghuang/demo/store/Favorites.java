package dev.fenghuang.demo.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Members' favourite articles (3.8); favids count up from 1 and are never reused. */
public final class Favorites {
    /** One favourite; {@code title} is the article title at the time of favouriting. */
    public record Favorite(int favid, int uid, int aid, String title, String description, long dateline) {
    }

    private final List<Favorite> all = new ArrayList<>();
    private final AtomicInteger lastId = new AtomicInteger();

    public synchronized Optional<Favorite> find(SiteMember member, int aid) {
        return all.stream().filter(f -> f.uid() == member.uid() && f.aid() == aid).findFirst();
    }

    public synchronized Optional<Favorite> byId(int favid) {
        return all.stream().filter(f -> f.favid() == favid).findFirst();
    }

    /** How many members keep the article. */
    public synchronized int count(int aid) {
        return (int) all.stream().filter(f -> f.aid() == aid).count();
    }

    public synchronized Favorite add(SiteMember member, PortalArticle article, String description, long now) {
        Favorite favorite = new Favorite(lastId.incrementAndGet(), member.uid(), article.aid(), article.title(),
                description, now);
        all.add(favorite);
        return favorite;
    }

    public synchronized void remove(Favorite favorite) {
        all.removeIf(f -> f.favid() == favorite.favid());
    }

    /** The member's favourites, newest first. */
    public synchronized List<Favorite> of(SiteMember member) {
        return all.stream().filter(f -> f.uid() == member.uid())
                .sorted(Comparator.comparingInt(Favorite::favid).reversed()).toList();
    }
}
