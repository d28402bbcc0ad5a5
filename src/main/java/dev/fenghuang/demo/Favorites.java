package dev.fenghuang.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Members' favourite articles (3.8); favids count up from 1 and are never reused. */
final class Favorites {
    /** One favourite; {@code title} is the article title at the time of favouriting. */
    record Favorite(int favid, int uid, int aid, String title, String description, long dateline) {
    }

    private final List<Favorite> all = new ArrayList<>();
    private final AtomicInteger lastId = new AtomicInteger();

    synchronized Optional<Favorite> find(Member member, int aid) {
        return all.stream().filter(f -> f.uid() == member.uid() && f.aid() == aid).findFirst();
    }

    synchronized Optional<Favorite> byId(int favid) {
        return all.stream().filter(f -> f.favid() == favid).findFirst();
    }

    /** How many members keep the article. */
    synchronized int count(int aid) {
        return (int) all.stream().filter(f -> f.aid() == aid).count();
    }

    synchronized Favorite add(Member member, PortalArticle article, String description, long now) {
        Favorite favorite = new Favorite(lastId.incrementAndGet(), member.uid(), article.aid(), article.title(),
                description, now);
        all.add(favorite);
        return favorite;
    }

    synchronized void remove(Favorite favorite) {
        all.removeIf(f -> f.favid() == favorite.favid());
    }

    /** The member's favourites, newest first. */
    synchronized List<Favorite> of(Member member) {
        return all.stream().filter(f -> f.uid() == member.uid())
                .sorted(Comparator.comparingInt(Favorite::favid).reversed()).toList();
    }
}
