package dev.fenghuang.app;

import dev.fenghuang.app.forum.ForumReader;

/**
 * One account on one site: reading the portal and the forum, taking part and moderating, over the same connection
 * and cache.
 */
public final class PortalSession implements AutoCloseable {
    private final PortalReader reader;
    private final Participation participation;
    private final Moderation moderation;
    private final ForumReader forum;

    public PortalSession(PortalReader reader, Participation participation, Moderation moderation,
                         ForumReader forum) {
        this.reader = reader;
        this.forum = forum;
        this.participation = participation;
        this.moderation = moderation;
    }

    public Moderation moderation() {
        return moderation;
    }

    /** The forum of the same site, read as the same account. */
    public ForumReader forum() {
        return forum;
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
