package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The page cache when the site is not to be asked or cannot be reached: the lasting level answers at any age, the
 * site is left alone for a while after it could not be reached, then asked again; nothing sleeps.
 */
class OfflineCacheTest {
    private static final CacheKey ARTICLE = CacheKey.article(1, 1);
    private static final CacheKey LIST = CacheKey.list(2, 1);
    private static final Duration TTL = Duration.ofMinutes(2);
    private static final Duration RETRY = Duration.ofSeconds(60);

    private final ManualClock clock = new ManualClock("2026-12-06T10:00:00Z");
    private final LastingInMemory lasting = new LastingInMemory();
    private final AtomicInteger asked = new AtomicInteger();
    private final List<String> heard = new ArrayList<>();
    private volatile boolean siteUp = true;

    private PageCache newProcess(boolean forced) {
        return newProcess(lasting, forced);
    }

    private PageCache newProcess(SecondLevel level, boolean forced) {
        PageCache cache = new PageCache(new CachePolicy(1 << 20, TTL, TTL, TTL, TTL), clock, level, clock);
        cache.workOffline(new Reach(forced, e -> e instanceof ConnectException, clock, RETRY));
        cache.onOffline((key, fetchedAt) -> heard.add(key.kind() + " " + fetchedAt));
        return cache;
    }

    private String site() throws IOException {
        asked.incrementAndGet();
        if (!siteUp) {
            throw new ConnectException("Connection refused");
        }
        return "fresh at " + clock.instant();
    }

    private void advance(Duration d) {
        clock.advance(d);
    }

    @Test
    void theSiteUnreachableAStaleCopyIsShownAndTheSiteLeftAloneForAWhile() throws IOException {
        PageCache first = newProcess(false);
        String article = first.get(ARTICLE, this::site);
        first.get(LIST, this::site);
        advance(Duration.ofHours(3));
        siteUp = false;
        PageCache second = newProcess(false);
        int before = asked.get();

        assertThat(second.<String>get(ARTICLE, this::site)).isEqualTo(article);
        assertThat(asked.get() - before).as("tried once").isEqualTo(1);
        assertThat(heard).containsExactly("ARTICLE " + clock.start());
        second.get(LIST, this::site);
        assertThat(asked.get() - before).as("not asked again within the while").isEqualTo(1);
        assertThatThrownBy(() -> second.get(CacheKey.comments(1, 1), this::site))
                .as("not stored: the failure that started the while").isInstanceOf(ConnectException.class);
        assertThat(asked.get() - before).as("not asked for a page it lacks either").isEqualTo(1);

        advance(RETRY.plusSeconds(1));
        siteUp = true;
        assertThat(second.<String>get(ARTICLE, this::site)).startsWith("fresh at ").isNotEqualTo(article);
        assertThat(asked.get() - before).as("asked again after the while").isEqualTo(2);
    }

    @Test
    void anErrorThatIsNotUnreachabilityIsNotHiddenByTheStore() throws IOException {
        PageCache first = newProcess(false);
        first.get(ARTICLE, this::site);
        advance(Duration.ofHours(3));
        PageCache second = newProcess(false);
        assertThatThrownBy(() -> second.get(ARTICLE, () -> {
            throw new IOException("HTTP 500");
        })).hasMessage("HTTP 500");
        assertThat(heard).isEmpty();
    }

    @Test
    void offlineTheStoreAnswersAtAnyAgeAndAMissingPageIsNotStored() throws IOException {
        PageCache first = newProcess(false);
        String article = first.get(ARTICLE, this::site);
        advance(Duration.ofDays(30));
        PageCache offline = newProcess(true);
        int before = asked.get();
        assertThat(offline.<String>get(ARTICLE, this::site)).isEqualTo(article);
        assertThat(offline.<String>refresh(ARTICLE, () -> {
            throw new ConnectException("refused by the client");
        })).isEqualTo(article);
        assertThat(asked.get() - before).isZero();
        assertThatThrownBy(() -> offline.get(LIST, () -> {
            throw new ConnectException("refused by the client");
        })).isInstanceOfSatisfying(NotStored.class, e -> assertThat(e.key()).isEqualTo(LIST));
        advance(Duration.ofDays(1));
        assertThat(offline.<String>get(ARTICLE, this::site)).isEqualTo(article);
        assertThat(asked.get() - before).as("offline for good").isZero();
    }

    @Test
    void offlineAWriteThatWasNotSentDropsNothing() throws IOException {
        PageCache first = newProcess(false);
        String article = first.get(ARTICLE, this::site);
        PageCache offline = newProcess(true);
        offline.forget(key -> true);
        offline.sessionChanged("member:alice");
        assertThat(lasting.kept).containsKey(ARTICLE);
        assertThat(newProcess(true).<String>get(ARTICLE, this::site)).isEqualTo(article);
    }

    /** A lasting level keeping each viewer's pages apart, as the store does. */
    private static final class Viewers implements SecondLevel {
        final Map<String, LastingInMemory> byViewer = new HashMap<>();
        String viewer = "guest";

        private LastingInMemory of(String who) {
            return byViewer.computeIfAbsent(who, w -> new LastingInMemory());
        }

        @Override
        public Optional<Kept> load(CacheKey key) {
            return of(viewer).load(key);
        }

        @Override
        public void save(CacheKey key, Object value, Instant fetchedAt) {
            of(viewer).save(key, value, fetchedAt);
        }

        @Override
        public void forget(Predicate<CacheKey> which) {
            byViewer.values().forEach(l -> l.forget(which));
        }

        @Override
        public void viewAs(String who) {
            viewer = who;
        }

        @Override
        public Optional<Kept> loadGuestCopy(CacheKey key) {
            return "guest".equals(viewer) ? Optional.empty() : of("guest").load(key);
        }
    }

    private PageCache process(Viewers level, String viewer, boolean forced) {
        level.viewAs(viewer);
        return newProcess(level, forced);
    }

    @Test
    void signingInKeepsTheGuestsPagesAndAMemberReadsThemOnlyOffline() throws IOException {
        Viewers level = new Viewers();
        PageCache guest = process(level, "guest", false);
        String asGuest = guest.get(ARTICLE, this::site);
        guest.sessionChanged("member:alice");
        advance(Duration.ofMinutes(1));
        assertThat(level.byViewer.get("guest").kept).as("signing in dropped nothing").containsKey(ARTICLE);
        int before = asked.get();
        String asMember = guest.get(ARTICLE, this::site);
        assertThat(asked.get() - before).as("online, a member's page is the member's own").isEqualTo(1);
        assertThat(asMember).isNotEqualTo(asGuest);

        assertThat(process(level, "member:bob", true).<String>get(ARTICLE, this::site))
                .as("offline, a member with no copy of their own reads the guest's").isEqualTo(asGuest);
        assertThat(process(level, "member:alice", true).<String>get(ARTICLE, this::site))
                .as("one with a copy reads their own").isEqualTo(asMember);
        siteUp = false;
        assertThat(process(level, "member:carol", false).<String>get(ARTICLE, this::site))
                .as("the site unreachable too").isEqualTo(asGuest);
        assertThat(level.byViewer.get("member:alice").kept).containsKey(ARTICLE);
    }

    @Test
    void aGuestNeverReadsAMembersPage() throws IOException {
        Viewers level = new Viewers();
        process(level, "member:alice", false).get(ARTICLE, this::site);
        assertThatThrownBy(() -> process(level, "guest", true).get(ARTICLE, () -> {
            throw new ConnectException("refused by the client");
        })).isInstanceOf(NotStored.class);
    }
}
