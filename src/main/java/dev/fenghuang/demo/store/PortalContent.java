package dev.fenghuang.demo.store;

import dev.fenghuang.demo.Stores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Categories, articles and comments of the demo site, with the view counters that change on reads and the
 * comments that change on writes.
 */
public final class PortalContent {
    private static final Comparator<PortalArticle> NEWEST_FIRST = Comparator
            .comparingLong(PortalArticle::dateline).thenComparingInt(PortalArticle::aid).reversed();

    private final Map<Integer, PortalCategory> categories = new LinkedHashMap<>();
    private final Map<Integer, PortalArticle> articles = new LinkedHashMap<>();
    private final Map<Integer, List<PortalComment>> comments = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> views = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> staleCounts = new ConcurrentHashMap<>();
    private final AtomicInteger lastCid = new AtomicInteger();
    private final ReactionLog reactions;

    public PortalContent(List<PortalCategory> categoryList, List<PortalArticle> articleList, List<PortalComment> commentList) {
        categoryList.forEach(c -> categories.put(c.catid(), c));
        articleList.forEach(a -> {
            articles.put(a.aid(), a);
            views.put(a.aid(), new AtomicLong(a.initialViews()));
            comments.put(a.aid(), new ArrayList<>());
        });
        reactions = new ReactionLog(articleList);
        commentList.forEach(c -> {
            comments.get(c.aid()).add(c);
            lastCid.accumulateAndGet(c.cid(), Math::max);
        });
    }

    /** Reaction counts and the reactions members added. */
    public ReactionLog reactions() {
        return reactions;
    }

    public List<PortalCategory> categories() {
        return List.copyOf(categories.values());
    }

    public Optional<PortalCategory> category(int catid) {
        return Optional.ofNullable(categories.get(catid));
    }

    /** Open top-level categories in catid order. */
    public List<PortalCategory> topLevel() {
        return categories.values().stream().filter(c -> c.topLevel() && !c.closed()).toList();
    }

    /** Open direct children of a category. */
    public List<PortalCategory> children(int catid) {
        return categories.values().stream().filter(c -> c.parentId() == catid && !c.closed()).toList();
    }

    /** The category and its ancestors, root first. */
    public List<PortalCategory> path(PortalCategory category) {
        List<PortalCategory> path = new ArrayList<>();
        for (PortalCategory c = category; c != null; c = categories.get(c.parentId())) {
            path.add(0, c);
        }
        return path;
    }

    public List<PortalArticle> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<PortalArticle> article(int aid) {
        return Optional.ofNullable(articles.get(aid));
    }

    /** Articles filed in the category or any of its sub-categories, newest first. */
    public List<PortalArticle> listed(int catid) {
        return articles.values().stream().filter(a -> within(a.catid(), catid)).sorted(NEWEST_FIRST).toList();
    }

    /** All articles outside closed categories, newest first. */
    public List<PortalArticle> newest() {
        return articles.values().stream().filter(a -> !categories.get(a.catid()).closed())
                .sorted(NEWEST_FIRST).toList();
    }

    /** The article of the same category with the next lower aid. */
    public Optional<PortalArticle> previous(PortalArticle article) {
        return articles.values().stream().filter(a -> a.catid() == article.catid() && a.aid() < article.aid())
                .max(Comparator.comparingInt(PortalArticle::aid));
    }

    /** The article of the same category with the next higher aid. */
    public Optional<PortalArticle> next(PortalArticle article) {
        return articles.values().stream().filter(a -> a.catid() == article.catid() && a.aid() > article.aid())
                .min(Comparator.comparingInt(PortalArticle::aid));
    }

    /** Counts one view and answers the count before it, as Discuz prints it. */
    public long view(int aid) {
        return views.get(aid).getAndIncrement();
    }

    /** The view count as the article page would print it now, without counting a view. */
    public long views(int aid) {
        return views.get(aid).get();
    }

    /** Every comment of the article, pending and ignored ones included, newest first. */
    public List<PortalComment> comments(int aid) {
        List<PortalComment> list = comments.getOrDefault(aid, List.of());
        synchronized (list) {
            return list.stream().sorted(Comparator.comparingInt(PortalComment::cid).reversed()).toList();
        }
    }

    /**
     * The article's comment counter as printed ({@code 评论: N}): every stored comment, pending ones included, plus
     * the deletions the admin panel did not subtract (5.4, 5.5).
     */
    public int commentCount(int aid) {
        List<PortalComment> list = comments.getOrDefault(aid, List.of());
        int stale = staleCounts.getOrDefault(aid, new AtomicInteger()).get();
        synchronized (list) {
            return list.size() + stale;
        }
    }

    /** Every comment of the site, newest first. */
    public List<PortalComment> allComments() {
        List<PortalComment> all = new ArrayList<>();
        for (List<PortalComment> list : comments.values()) {
            synchronized (list) {
                all.addAll(list);
            }
        }
        all.sort(Comparator.comparingLong(PortalComment::dateline).thenComparingInt(PortalComment::cid).reversed());
        return all;
    }

    private boolean within(int catid, int ancestor) {
        for (PortalCategory c = categories.get(catid); c != null; c = categories.get(c.parentId())) {
            if (c.catid() == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Stores a new comment under the next cid. */
    public PortalComment addComment(int aid, SiteMember author, long dateline, String html, int status, String message) {
        List<PortalComment> list = comments.get(aid);
        PortalComment comment = new PortalComment(lastCid.incrementAndGet(), aid, author, dateline, html, status,
                message);
        synchronized (list) {
            list.add(comment);
        }
        return comment;
    }

    public Optional<PortalComment> comment(int cid) {
        for (List<PortalComment> list : comments.values()) {
            synchronized (list) {
                for (PortalComment c : list) {
                    if (c.cid() == cid) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Replaces the stored comment of the same cid. */
    public void replaceComment(PortalComment changed) {
        List<PortalComment> list = comments.get(changed.aid());
        synchronized (list) {
            list.replaceAll(c -> c.cid() == changed.cid() ? changed : c);
        }
    }

    /** Deletes the comment and lowers the article's counter, as the front end does (3.6). */
    public void deleteComment(PortalComment gone) {
        List<PortalComment> list = comments.get(gone.aid());
        synchronized (list) {
            list.removeIf(c -> c.cid() == gone.cid());
        }
    }

    /** Deletes the comment but leaves the article's counter as it was, as the moderation queue does (5.4). */
    public void deleteCommentKeepingCount(PortalComment gone) {
        deleteComment(gone);
        staleCounts.computeIfAbsent(gone.aid(), aid -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Deletes the comments and lowers each affected article's counter by one only, however many of its comments
     * went, as the admin comment search does (5.5).
     */
    public void deleteCommentsCountingOncePerArticle(List<PortalComment> gone) {
        Map<Integer, Integer> perArticle = new LinkedHashMap<>();
        for (PortalComment comment : gone) {
            deleteComment(comment);
            perArticle.merge(comment.aid(), 1, Integer::sum);
        }
        perArticle.forEach((aid, n) -> staleCounts.computeIfAbsent(aid, k -> new AtomicInteger()).addAndGet(n - 1));
    }
}
