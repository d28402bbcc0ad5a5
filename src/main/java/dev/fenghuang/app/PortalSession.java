package dev.fenghuang.app;

import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.app.forum.ThreadVisits;
import dev.fenghuang.app.store.LocalSearch;
import java.util.Optional;

/**
 * One account on one site: reading the portal and the forum, taking part and moderating, over the same connection
 * and cache.
 */
public final class PortalSession implements AutoCloseable {
    private final PortalReader reader;
    private final Participation participation;
    private final Moderation moderation;
    private final ForumReader forum;
    private final ThreadVisits visits;
    private PortalSearch search;
    private LocalSearch localSearch;

    public PortalSession(PortalReader reader, Participation participation, Moderation moderation,
                         ForumReader forum) {
        this(reader, participation, moderation, forum, null);
    }

    /** A session that also remembers the forum threads visited in {@code visits} (null: only for this run). */
    public PortalSession(PortalReader reader, Participation participation, Moderation moderation,
                         ForumReader forum, ThreadVisits visits) {
        this.reader = reader;
        this.forum = forum;
        this.participation = participation;
        this.moderation = moderation;
        this.visits = visits;
    }

    public Moderation moderation() {
        return moderation;
    }

    /** The forum of the same site, read as the same account. */
    public ForumReader forum() {
        return forum;
    }

    /** The replies each forum thread had at the last visit, or empty for a session made without a store for it. */
    public Optional<ThreadVisits> visits() {
        return Optional.ofNullable(visits);
    }

    /** The site's own article search, or empty for a session made without one. */
    public Optional<PortalSearch> search() {
        return Optional.ofNullable(search);
    }

    /** This session, with the site's article search. */
    public PortalSession withSearch(PortalSearch siteSearch) {
        this.search = siteSearch;
        return this;
    }

    /** Search over this account's stored articles, or empty when the site keeps no store (turned off, the demo). */
    public Optional<LocalSearch> localSearch() {
        return Optional.ofNullable(localSearch);
    }

    /** This session, with search over its store. */
    public PortalSession withLocalSearch(LocalSearch overTheStore) {
        this.localSearch = overTheStore;
        return this;
    }

    public PortalReader reader() {
        return reader;
    }

    public Participation participation() {
        return participation;
    }

    @Override
    public void close() throws Exception {
        reader.close();
    }
}
