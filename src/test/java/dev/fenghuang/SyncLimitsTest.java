package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code sync} refuses to follow or to start: a site's page counts past sense, past the last list page. */
class SyncLimitsTest {
    private static final Pattern PAGE_PAST_TWO = Pattern.compile("[?&]page=([3-9]|\\d{2,})(&|$)");

    @TempDir
    Path home;

    private StoreRig rig;
    private DemoPortal portal;

    @BeforeEach
    void start() throws IOException {
        rig = new StoreRig(home).inEnglish();
        portal = rig.portal();
        rig.settings("sync.pause = 0ms\nsync.backoff = 10ms\n");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private Run run(URI site, String... args) {
        return rig.runAt(site, args);
    }

    private void settings(String text) throws IOException {
        rig.settings(text);
    }

    @Test
    void aPageCountThePagerClaimsIsFollowedOnlyUpToTheLimitAndTheCutIsSaid() throws IOException {
        settings("sync.pause = 0ms\nsync.backoff = 10ms\nsync.maxPages = 2\n");
        try (PageCountProxy liar = new PageCountProxy(portal.baseUrl(), 2_000_000_000L)) {
            Run sync = run(liar.baseUrl(), "sync", "5", "--comments", "--pages", "5");
            assertThat(sync.exitCode()).as(sync.err() + sync.out()).isIn(0, 1);
            assertThat(liar.requests()).as("no page past the limit is asked for")
                    .noneMatch(p -> PAGE_PAST_TWO.matcher(p).find());
            assertThat(sync.out()).contains("the site claims 2000000000 pages; only the first 2 are fetched");
        }
    }

    @Test
    void listPagesStopAtTheListsLastPage() {
        // category 1 has 3 list pages
        Run sync = run(portal.baseUrl(), "sync", "1", "--pages", "20");
        assertThat(sync.exitCode()).as(sync.err() + sync.out()).isZero();
        List<String> lists = portal.requestLog().stream().filter(p -> p.contains("mod=list")).toList();
        assertThat(lists).as("list pages asked for").noneMatch(p -> p.matches(".*[?&]page=([4-9]|\\d{2,}).*"));
        assertThat(sync.out()).contains("list 1 page 3").doesNotContain("list 1 page 4");
    }

    @Test
    void syncWithoutAStoreIsAUsageErrorBeforeAnyRequestOrFile() throws IOException {
        for (String mode : List.of("--no-store", "--offline")) {
            long before = portal.requestCount();
            Run sync = run(portal.baseUrl(), mode, "sync", "5");
            assertThat(sync.exitCode()).as(mode + ": " + sync.err()).isEqualTo(2);
            assertThat(sync.err()).as(mode).contains("sync");
            assertThat(portal.requestCount() - before).as(mode).isZero();
            Path cache = rig.dirs().cache();
            try (Stream<Path> files = Files.exists(cache) ? Files.walk(cache) : Stream.empty()) {
                assertThat(files.filter(f -> f.getFileName().toString().startsWith("store.sqlite")).toList())
                        .as(mode).isEmpty();
            }
        }
    }
}
