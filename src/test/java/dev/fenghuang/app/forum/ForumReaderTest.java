package dev.fenghuang.app.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ThreadOrder;
import dev.fenghuang.model.forum.ThreadPage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The forum read through the application, as both front ends get it, against the demo portal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumReaderTest {
    @TempDir
    Path home;

    private DemoPortal utf8;
    private DemoPortal gbk;
    private PortalSession session;
    private ForumReader forum;

    @BeforeAll
    void startPortals() {
        utf8 = DemoPortal.start(DemoOptions.defaults());
        gbk = DemoPortal.start(DemoOptions.builder().gbk().build());
    }

    @AfterAll
    void stopPortals() {
        utf8.close();
        gbk.close();
    }

    @BeforeEach
    void open() {
        session = open(utf8);
        forum = session.forum();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    private PortalSession open(DemoPortal portal) {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("forum-test", portal.baseUrl().toString(), Settings.load(dirs));
        return new ReaderFactory(dirs).openSession(profile, null, () -> { });
    }

    @Test
    void aBoardIsReadAgainOnceTheListsCacheTimeIsOver() throws Exception {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        dev.fenghuang.cache.CachePolicy policy = dev.fenghuang.cache.CachePolicy.defaults();
        try (dev.fenghuang.http.WebClient http = new dev.fenghuang.http.WebClient(
                dev.fenghuang.http.HttpSettings.defaults())) {
            ForumReader reader = new ForumReader(new dev.fenghuang.site.forum.ForumReading(utf8.baseUrl(), http::get),
                    new dev.fenghuang.cache.PageCache(policy, nanos::get));
            reader.board(BoardRequest.of(2));
            long before = utf8.requestCount();
            reader.board(BoardRequest.of(2));
            assertThat(utf8.requestCount()).as("within the cache time").isEqualTo(before);
            nanos.addAndGet(policy.lists().toNanos() + 1);
            reader.board(BoardRequest.of(2));
            assertThat(utf8.requestCount()).as("past the cache time").isGreaterThan(before);
        }
    }

    @Test
    void theIndexReadTwiceCostsOneRequest() throws Exception {
        long before = utf8.requestCount();
        assertThat(forum.index().categories()).isNotEmpty();
        long afterFirst = utf8.requestCount();
        forum.index();
        assertThat(afterFirst - before).isEqualTo(1);
        assertThat(utf8.requestCount()).isEqualTo(afterFirst);
    }

    @Test
    void aThreadPageReadAgainComesFromMemoryUntilTheThreadIsInvalidated() throws Exception {
        ThreadPage first = forum.thread(1, 2, 0);
        long afterFirst = utf8.requestCount();
        assertThat(forum.thread(1, 2, 0)).isEqualTo(first);
        assertThat(utf8.requestCount()).isEqualTo(afterFirst);
        forum.invalidateThread(2);
        forum.thread(1, 2, 0);
        assertThat(utf8.requestCount()).as("another thread's invalidation").isEqualTo(afterFirst);
        forum.invalidateThread(1);
        forum.thread(1, 2, 0);
        assertThat(utf8.requestCount()).isEqualTo(afterFirst + 1);
    }

    @Test
    void oneAuthorsFloorsAreNotServedAsTheWholeThread() throws Exception {
        ThreadPage all = forum.thread(1, 1, 0);
        long starter = all.floors().get(0).author().uid();
        ThreadPage onlyStarter = forum.thread(1, 1, starter);
        assertThat(onlyStarter.authorFilter()).isEqualTo(starter);
        assertThat(onlyStarter.floors()).allSatisfy(f -> assertThat(f.author().uid()).isEqualTo(starter));
    }

    @Test
    void invalidatingABoardDropsItsPagesAndTheIndexButNotOtherBoards() throws Exception {
        forum.index();
        forum.board(BoardRequest.of(2));
        forum.board(BoardRequest.of(2).withPage(2));
        forum.board(BoardRequest.of(3));
        long cached = utf8.requestCount();
        forum.invalidateBoard(2);
        forum.board(BoardRequest.of(3));
        assertThat(utf8.requestCount()).isEqualTo(cached);
        forum.board(BoardRequest.of(2));
        forum.board(BoardRequest.of(2).withPage(2));
        forum.index();
        assertThat(utf8.requestCount()).isEqualTo(cached + 3);
    }

    @Test
    void aFilteredOrReorderedListIsCachedApartFromTheDefaultList() throws Exception {
        BoardPage all = forum.board(BoardRequest.of(2));
        BoardPage byDate = forum.board(BoardRequest.of(2).withOrder(ThreadOrder.CREATED));
        BoardPage typed = forum.board(BoardRequest.of(2).withType(1));
        assertThat(byDate.order()).isEqualTo(ThreadOrder.CREATED);
        assertThat(typed.typeId()).isEqualTo(1);
        assertThat(typed.threads()).allSatisfy(t -> assertThat(t.type().id()).isEqualTo(1));
        assertThat(all.typeId()).isZero();
    }

    @Test
    void aFloorJumpAsksTheSiteAndKeepsThePageItLandsOn() throws Exception {
        ThreadPage landed = forum.threadAtFloor(1, 30);
        assertThat(landed.floors()).anySatisfy(f -> assertThat(f.number()).isEqualTo(30));
        long after = utf8.requestCount();
        assertThat(forum.thread(1, landed.page(), 0)).isEqualTo(landed);
        assertThat(utf8.requestCount()).isEqualTo(after);
        forum.threadAtFloor(1, 30);
        assertThat(utf8.requestCount()).as("floors move after deletions: asked again").isGreaterThan(after);
    }

    @Test
    void aBoardPagePastTheEndIsEmptyAndNumberedAsAsked() throws Exception {
        BoardPage past = forum.board(BoardRequest.of(2).withPage(999));
        assertThat(past.page()).isEqualTo(999);
        assertThat(past.pageCount()).isLessThan(999);
        assertThat(past.threads()).isEmpty();
    }

    @Test
    void aGbkForumReadsItsBoardsInChinese() throws Exception {
        try (PortalSession gbkSession = open(gbk)) {
            assertThat(gbkSession.forum().index().categories())
                    .flatExtracting(c -> c.boards().stream().map(BoardSummary::name).toList())
                    .contains("渠县杂谈", "便民服务", "站务公告");
        }
    }

    @Test
    void theForumIsReadAsTheSessionsMemberOnceSignedIn() throws Exception {
        assertThat(bannedFloor(forum.thread(1, 2, 0)).blocks()).as("a guest sees only the notice")
                .noneMatch(b -> b.toString().contains("加微信领黄花节门票"));
        char[] password = "mod12345".toCharArray();
        assertThat(session.participation().login("moderator1", password, 0, "", false, null).accepted()).isTrue();
        assertThat(bannedFloor(forum.thread(1, 2, 0)).blocks()).as("a moderator sees the banned body")
                .anyMatch(b -> b.toString().contains("加微信领黄花节门票"));
    }

    private static Floor bannedFloor(ThreadPage page) {
        return page.floors().stream().filter(f -> f.number() == 15).findFirst().orElseThrow();
    }
}
