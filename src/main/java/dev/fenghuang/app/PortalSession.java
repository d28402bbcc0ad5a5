package dev.fenghuang.app;

/** One account on one site: reading, taking part and moderating, over the same connection and cache. */
public final class PortalSession implements AutoCloseable {
    private final PortalReader reader;
    private final Participation participation;
    private final Moderation moderation;
    private final dev.fenghuang.app.forum.ForumPages forum;
    private final dev.fenghuang.app.forum.ThreadVisits visits;

    public PortalSession(PortalReader reader, Participation participation, Moderation moderation) {
        this(reader, participation, moderation, null, null);
    }

    /** A session that also reads the site's forum, remembering the threads visited in {@code visits}. */
    public PortalSession(PortalReader reader, Participation participation, Moderation moderation,
                         dev.fenghuang.app.forum.ForumPages forum, dev.fenghuang.app.forum.ThreadVisits visits) {
        this.reader = reader;
        this.participation = participation;
        this.moderation = moderation;
        this.forum = forum;
        this.visits = visits;
    }

    /** The site's forum, or empty for a session made without one. */
    public java.util.Optional<dev.fenghuang.app.forum.ForumPages> forum() {
        return java.util.Optional.ofNullable(forum);
    }

    /** The replies each forum thread had at the last visit, or empty for a session made without a forum. */
    public java.util.Optional<dev.fenghuang.app.forum.ThreadVisits> visits() {
        return java.util.Optional.ofNullable(visits);
    }

    public Moderation moderation() {
        return moderation;
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
