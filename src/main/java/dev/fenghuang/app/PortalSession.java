package dev.fenghuang.app;

/** One account on one site: the read API and the write API over the same connection and cache. */
public final class PortalSession implements AutoCloseable {
    private final PortalReader reader;
    private final Participation participation;

    public PortalSession(PortalReader reader, Participation participation) {
        this.reader = reader;
        this.participation = participation;
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
