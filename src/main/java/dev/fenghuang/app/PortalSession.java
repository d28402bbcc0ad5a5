package dev.fenghuang.app;

/** One account on one site: reading, taking part and moderating, over the same connection and cache. */
public final class PortalSession implements AutoCloseable {
    private final PortalReader reader;
    private final Participation participation;
    private final Moderation moderation;

    public PortalSession(PortalReader reader, Participation participation, Moderation moderation) {
        this.reader = reader;
        this.participation = participation;
        this.moderation = moderation;
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
