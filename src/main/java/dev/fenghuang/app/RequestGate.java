package dev.fenghuang.app;

import java.io.IOException;

/**
 * What every request a reader sends to the site passes through (a page or an image the caches could not answer):
 * {@code sync} uses it to keep at most two requests in flight with a pause between them.
 */
public interface RequestGate {
    /** A gate that lets every request through at once. */
    RequestGate OPEN = new RequestGate() {
        @Override
        public void enter() {
            // no limit
        }

        @Override
        public void leave() {
            // no limit
        }
    };

    /** Waits until a request may be sent. */
    void enter() throws IOException;

    /** The request that {@link #enter} let through has ended. */
    void leave();

    /**
     * After a request through this gate failed ({@code tries} earlier failures of it before this one): whether to
     * send it again, the gate then holding the next start off as long as the site asked. None is by default.
     */
    default boolean again(IOException failure, int tries) {
        return false;
    }
}
