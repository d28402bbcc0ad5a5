package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.FaultRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} against the demo portal, each command a new reader as a script runs them. */
class SyncCommandTest {
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

    private Run run(String... args) {
        return rig.run(args);
    }

    private Run ok(String... args) {
        return rig.ok(args);
    }

    private void settings(String text) throws IOException {
        rig.settings(text);
    }

    private long requestsSince(long before, String fragment) {
        List<String> log = portal.requestLog();
        return log.subList((int) before, log.size()).stream().filter(t -> t.contains(fragment)).count();
    }

    @Test
    void syncFetchesEveryArticleOfTheCategoryAndAReadAfterItAsksTheSiteNothing() {
        Run sync = ok("sync", "5");
        List<String> articleLines = sync.out().lines().filter(l -> l.startsWith("article ")).toList();
        assertThat(articleLines).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith(" ok"));
        assertThat(sync.out()).contains("list 5 page 1").containsPattern("synced (\\d+) of \\1 items");
        long before = portal.requestCount();
        for (String line : articleLines) {
            ok("read", line.split(" ")[1]);
        }
        ok("list", "5");
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
    }

    /**
     * Without a store ({@code store.enabled = false}) what sync read is held in memory for the run: walking the
     * section tree reads each category's first list page, and syncing that list afterwards asks the site nothing
     * more for it.
     */
    @Test
    void withoutAStoreSyncAsksForEachListPageOnce() throws IOException {
        settings("sync.pause = 0ms\nsync.backoff = 10ms\nstore.enabled = false\n");
        int before = portal.requestLog().size();
        ok("sync");
        List<String> lists = portal.requestLog().subList(before, portal.requestLog().size()).stream()
                .filter(t -> t.contains("mod=list")).toList();
        assertThat(lists).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aSecondSyncOfFreshPagesMakesNoRequest() {
        Run first = ok("sync", "5", "--comments");
        assertThat(first.err()).as("the store was used").isEmpty();
        long before = portal.requestCount();
        Run again = ok("sync", "5", "--comments");
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
        assertThat(again.out()).contains(" ok");
    }

    @Test
    void commentsFetchesEveryCommentPageOfEachArticle() {
        // article 3 (category 5) has 125 comments: several pages
        ok("sync", "5", "--comments");
        long before = portal.requestCount();
        Run second = ok("comments", "3", "--page", "2");
        assertThat(second.out()).isNotBlank();
        Run third = ok("comments", "3", "--page", "3");
        assertThat(third.out()).isNotBlank();
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
    }

    /**
     * A category whose list answers System Error (1.5) while the tree is found is not dropped from a whole-site sync
     * without a word: its list is an item of the run, skipped with the site's words, the others synced.
     */
    @Test
    void aCategoryWhoseListAnswersSystemErrorIsSkippedAndSaidNotLeftOut() {
        portal.inject(FaultRule.of(Fault.SYSTEM_ERROR).on("/portal.php?mod=list&catid=8"));
        Run sync = run("sync", "--pages", "1");
        assertThat(sync.out()).containsPattern("list 8 page 1 .*skipped: .*非法字符");
        assertThat(sync.out()).contains("list 7 page 1");
    }

    @Test
    void withoutCategoriesEverySectionTheSiteListsIsSynced() {
        Run sync = ok("sync");
        for (String catid : List.of("1", "2", "3", "4", "5", "6", "7", "8")) {
            assertThat(sync.out()).contains("list " + catid + " page 1");
        }
    }

    @Test
    void aBusySiteIsAskedAgainAfterAWaitAndTheItemEndsOk() {
        portal.inject(FaultRule.of(Fault.SERVICE_UNAVAILABLE).on("/portal.php?mod=view&aid=3").times(2));
        Run sync = ok("sync", "5");
        assertThat(sync.out()).contains("article 3").contains("the site is busy, trying again later");
        assertThat(sync.out().lines().filter(l -> l.startsWith("article 3 ")).toList()).last()
                .satisfies(l -> assertThat(l).endsWith(" ok"));
    }

    @Test
    void aRefusedPageIsSkippedAndSaidAndTheRestSynced() {
        portal.inject(FaultRule.of(Fault.SYSTEM_ERROR).on("/portal.php?mod=view&aid=3"));
        Run sync = ok("sync", "5");
        assertThat(sync.out()).containsPattern("article 3 .*skipped: .*非法字符")
                .containsPattern("1 skipped, 0 left");
    }

    @Test
    void aDeadSiteStopsTheRunKeepsItsProgressAndTheSameSyncGoesOnLater() {
        int port = portal.baseUrl().getPort();
        Run first = ok("sync", "5", "--pages", "1");
        assertThat(first.out()).contains("synced");
        portal.close();
        Run dead = run("sync", "5", "--comments");
        assertThat(dead.exitCode()).isEqualTo(1);
        assertThat(dead.err()).contains("sync stopped, the site cannot be reached").contains("run the same sync");
        portal = DemoPortal.start(DemoOptions.defaults().toBuilder().port(port).build());
        Run later = ok("sync", "5", "--comments");
        assertThat(later.out()).contains("went on with the sync stopped earlier");
    }

    @Test
    void pagesBelowOneIsAUsageError() {
        Run r = run("sync", "5", "--pages", "0");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void jsonPrintsOneObjectPerItemAndASummary() {
        Run sync = ok("sync", "5", "--json");
        List<String> lines = sync.out().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertThat(lines.get(lines.size() - 1)).contains("\"summary\":true").contains("\"complete\":true");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"item\":\"article\"").contains("\"outcome\":\"ok\""));
    }

    @Test
    void chineseOutputNamesItemsInChinese() {
        StringWriter out = new StringWriter();
        var cmd = Cli.command(new Main(rig.dirs(), rig.env()));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute("--lang", "zh", "--site", portal.baseUrl().toString(), "sync", "5")).isZero();
        assertThat(out.toString()).contains("文章 ").contains(" 完成").contains("已同步");
    }

    @Test
    void imagesAreFetchedThroughTheImageLimitsAndAHostileOneIsSkipped() {
        portal.inject(FaultRule.of(Fault.HOSTILE_IMAGE));
        Run hostile = ok("sync", "5", "--images");
        assertThat(hostile.out().lines().filter(l -> l.startsWith("image of article ")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("skipped: "));
        portal.clearFaults();
        Run sync = ok("sync", "5", "--images", "--comments");
        List<String> images = sync.out().lines().filter(l -> l.startsWith("image of article ")).toList();
        assertThat(images).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith(" ok"));
    }

    @Test
    void imagesAreKeptInTheStoreAndAnotherPlanOverTheSameArticlesAsksForNone() {
        ok("sync", "5", "--images");
        long before = portal.requestCount();
        Run again = ok("sync", "5", "--images", "--comments");
        assertThat(again.out().lines().filter(l -> l.startsWith("image of article ")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(" ok"));
        assertThat(portal.requestLog().subList((int) before, (int) portal.requestCount()))
                .as("only comment pages are new").allSatisfy(url -> assertThat(url).contains("mod=comment"));
    }

    @Test
    void aSiteBusyForLongerThanTheRetriesLeavesTheItemForTheNextRunWhichFetchesOnlyIt() {
        portal.inject(FaultRule.of(Fault.SERVICE_UNAVAILABLE).on("/portal.php?mod=view&aid=3"));
        Run busy = run("sync", "5");
        assertThat(busy.exitCode()).isEqualTo(1);
        assertThat(busy.out()).containsPattern("article 3 .*failed, left for the next run")
                .contains("0 skipped, 1 left for the next run");
        assertThat(busy.out().lines().filter(l -> l.contains("trying again later")).count()).isEqualTo(3);
        portal.clearFaults();
        long before = portal.requestCount();
        Run later = ok("sync", "5");
        assertThat(later.out()).contains("went on with the sync stopped earlier");
        assertThat(portal.requestLog().subList((int) before, (int) portal.requestCount()))
                .containsExactly("/portal.php?mod=view&aid=3", "/portal.php?mod=view&aid=3&page=2");
    }

    @Test
    void withoutCategoriesEachPageIsAskedForOnceAndABusySiteWhileDiscoveringIsWaitedFor() {
        portal.inject(FaultRule.of(Fault.SERVICE_UNAVAILABLE).on("/portal.php?mod=list&catid=3").times(1));
        Run sync = ok("sync");
        assertThat(sync.out()).contains("list 3 page 1");
        java.util.Map<String, Long> asked = portal.requestLog().stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
        assertThat(asked.get("/portal.php?mod=list&catid=3")).as("once busy, once answered").isEqualTo(2);
        asked.remove("/portal.php?mod=list&catid=3");
        assertThat(asked).as("discovering reuses the list pages it read").allSatisfy((url, n) ->
                assertThat(n).as(url).isEqualTo(1));
    }

    @Test
    void afterASyncOfOneCategoryTheSectionTreeIsReadOffline() throws IOException {
        ok("sync", "5");
        Run offline = run("--offline", "sections");
        assertThat(offline.exitCode()).as(offline.err()).isZero();
        try (StoreRig elsewhere = new StoreRig(home.resolve("elsewhere"))) {
            Run online = elsewhere.inEnglish().runAt(portal.baseUrl(), "sections");
            assertThat(online.exitCode()).as(online.err()).isZero();
            assertThat(offline.out()).isEqualTo(online.out());
        }
    }
}
