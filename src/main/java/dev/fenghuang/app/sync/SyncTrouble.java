package dev.fenghuang.app.sync;

import dev.fenghuang.app.image.ImageDeferred;
import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a failed fetch means for a sync run.
 *
 * @param kind what to do about it
 * @param askedWait for {@link Kind#BUSY}, how long the site asked to wait (its {@code waittime} or {@code floodctrl}),
 *     else empty
 */
public record SyncTrouble(Kind kind, Optional<Duration> askedWait) {
    /** What to do about a failed fetch. */
    public enum Kind {
        /** The site is busy or says "too fast": wait, then try again (a bounded number of times). */
        BUSY,
        /** The site refused or denied the page, or the image is not one: skip it, say so, do not ask again. */
        REFUSED,
        /** The site cannot be reached at all: stop the run, keeping what is done. */
        UNREACHABLE,
        /** Anything else (a broken page, a timeout): say so and leave the item for the next run. */
        FAILED
    }

    /** An HTTP status that asks a client to come back later, as the HTTP layer words it. */
    private static final Pattern BUSY_STATUS = Pattern.compile("\\bHTTP (429|503)\\b");

    public static SyncTrouble of(IOException error) {
        if (error instanceof SiteRefused refused) {
            SiteMessage m = refused.siteMessage();
            if (m.kind() == SiteMessage.Kind.TOO_FAST) {
                return new SyncTrouble(Kind.BUSY, seconds(m.values().get("waittime"))
                        .or(() -> seconds(m.values().get("floodctrl"))));
            }
            return new SyncTrouble(Kind.REFUSED, Optional.empty());
        }
        if (error instanceof UnreadableImage || error instanceof ImageDeferred) {
            return new SyncTrouble(Kind.REFUSED, Optional.empty());
        }
        if (error instanceof UnexpectedPage page && BUSY_STATUS.matcher(String.valueOf(page.getMessage())).find()) {
            return new SyncTrouble(Kind.BUSY, Optional.empty());
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return new SyncTrouble(Kind.UNREACHABLE, Optional.empty());
            }
        }
        return new SyncTrouble(Kind.FAILED, Optional.empty());
    }

    private static Optional<Duration> seconds(String value) {
        if (value == null || !value.strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    }
}
