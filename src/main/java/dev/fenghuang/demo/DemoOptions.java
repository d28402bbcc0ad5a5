package dev.fenghuang.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a demo portal is set up.
 *
 * @param port the port to bind on 127.0.0.1; 0 picks a free one
 * @param charset the site charset, UTF-8 or GBK
 * @param emptyIndex true for a fresh X3.5 index: no blocks and no categories in the nav
 * @param seed drives the generated articles and comments; the same seed gives the same site
 * @param slowDelay how long {@link Fault#SLOW} waits before answering
 * @param captcha true to ask for a captcha in the login, comment and forum post forms (off by default, as on the real test site)
 * @param favoritesOff true for the fresh X3.5 state: every favourite request answers {@code 抱歉，收藏功能尚未开启}
 *     and articles have no 收藏 link
 * @param moderationTraffic true (the default) for three recent articles in 文化旅游 (aid 74 to 76) and 136 pending
 *     comments held in the admin panel's queue, 130 waiting and 6 ignored, on those and on aids 13 to 73
 * @param hostile true for the hostile-content mode of {@link HostileSite}: escape sequences and format characters
 *     in every text the site controls
 * @param https true to serve HTTPS with a self-signed certificate made at start (for 127.0.0.1 and localhost)
 * @param faults the fault rules in force from the start, as if {@link DemoPortal#inject(FaultRule)}ed
 * @param dripInterval the pause between two bytes of {@link Fault#DRIP}
 * @param stallLimit how long {@link Fault#STALL_MID_BODY} and {@link Fault#STALL_AFTER_WRITE} hold a connection at
 *     most when nobody clears the faults
 * @param hugeBodyBytes the Content-Length of {@link Fault#HUGE_BODY}
 */
public record DemoOptions(int port, Charset charset, boolean emptyIndex, long seed, Duration slowDelay,
        boolean captcha, boolean favoritesOff, boolean moderationTraffic, boolean hostile, boolean https, List<FaultRule> faults,
        Duration dripInterval, Duration stallLimit, long hugeBodyBytes) {
    /** The seed {@link #defaults()} uses. */
    public static final long STANDARD_SEED = 20161106L;

    public DemoOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(charset, "charset");
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().equalsIgnoreCase("GBK")) {
            throw new IllegalArgumentException("charset must be UTF-8 or GBK: " + charset);
        }
        Objects.requireNonNull(slowDelay, "slowDelay");
        faults = List.copyOf(faults);
        Objects.requireNonNull(dripInterval, "dripInterval");
        Objects.requireNonNull(stallLimit, "stallLimit");
        if (hugeBodyBytes < 0) {
            throw new IllegalArgumentException("hugeBodyBytes must not be negative: " + hugeBodyBytes);
        }
    }

    /**
     * An ephemeral port, UTF-8, a decorated index, the standard seed, a two-second slow delay, no captcha,
     * favourites on and the moderation traffic; plain HTTP, no faults, a one-second drip, a ten-minute stall limit
     * and a 64 MiB huge body.
     */
    public static DemoOptions defaults() {
        return new DemoOptions(0, StandardCharsets.UTF_8, false, STANDARD_SEED, Duration.ofSeconds(2), false, false,
                true, false, false, List.of(), Duration.ofSeconds(1), Duration.ofMinutes(10), 64L << 20);
    }

    public static Builder builder() {
        return defaults().toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few knobs of a {@link DemoOptions}. */
    public static final class Builder {
        private int port;
        private Charset charset;
        private boolean emptyIndex;
        private long seed;
        private Duration slowDelay;
        private boolean captcha;
        private boolean favoritesOff;
        private boolean moderationTraffic;
        private boolean hostile;
        private boolean https;
        private final List<FaultRule> faults = new ArrayList<>();
        private Duration dripInterval;
        private Duration stallLimit;
        private long hugeBodyBytes;

        private Builder(DemoOptions from) {
            port = from.port;
            charset = from.charset;
            emptyIndex = from.emptyIndex;
            seed = from.seed;
            slowDelay = from.slowDelay;
            captcha = from.captcha;
            favoritesOff = from.favoritesOff;
            moderationTraffic = from.moderationTraffic;
            hostile = from.hostile;
            https = from.https;
            faults.addAll(from.faults);
            dripInterval = from.dripInterval;
            stallLimit = from.stallLimit;
            hugeBodyBytes = from.hugeBodyBytes;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder charset(Charset value) {
            charset = value;
            return this;
        }

        /** Shorthand for {@code charset(Charset.forName("GBK"))}. */
        public Builder gbk() {
            return charset(Charset.forName("GBK"));
        }

        public Builder emptyIndex(boolean value) {
            emptyIndex = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder slowDelay(Duration value) {
            slowDelay = value;
            return this;
        }

        public Builder captcha(boolean value) {
            captcha = value;
            return this;
        }

        public Builder favoritesOff(boolean value) {
            favoritesOff = value;
            return this;
        }

        /** False for a site without the recent articles and the pending comments of the moderation queue. */
        public Builder moderationTraffic(boolean value) {
            moderationTraffic = value;
            return this;
        }

        /** True for the hostile-content mode of {@link HostileSite}. */
        public Builder hostile(boolean value) {
            hostile = value;
            return this;
        }

        /** True to serve HTTPS with a self-signed certificate; see {@link DemoPortal#certificatePem()}. */
        public Builder https(boolean value) {
            https = value;
            return this;
        }

        /** Adds a fault rule in force from the start. */
        public Builder fault(FaultRule rule) {
            faults.add(rule);
            return this;
        }

        public Builder dripInterval(Duration value) {
            dripInterval = value;
            return this;
        }

        public Builder stallLimit(Duration value) {
            stallLimit = value;
            return this;
        }

        public Builder hugeBodyBytes(long value) {
            hugeBodyBytes = value;
            return this;
        }

        public DemoOptions build() {
            return new DemoOptions(port, charset, emptyIndex, seed, slowDelay, captcha, favoritesOff,
                    moderationTraffic, hostile, https, faults, dripInterval, stallLimit, hugeBodyBytes);
        }
    }
}
