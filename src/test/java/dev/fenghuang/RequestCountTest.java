package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading costs in requests, counted by the demo portal itself. */
class RequestCountTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private PortalReader reader;

    @BeforeEach
    void open() {
        portal = DemoPortal.start(DemoOptions.defaults());
        reader = new Main(XdgDirs.from(Map.of(), home.toString())).open(portal.baseUrl().toString(), false);
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        portal.close();
    }

    private long articleWithComments() throws Exception {
        for (long aid = 2; aid < 80; aid++) {
            Article a = reader.article(aid, 1, false);
            if (a.comments().size() >= 5) {
                return aid;
            }
        }
        throw new AssertionError("no article with comments on the demo portal");
    }

    @Test
    void openingAnArticleWithItsFirstCommentsMakesExactlyOneRequest() throws Exception {
        long aid = articleWithComments();
        reader.close();
        // a home of its own: the first reader's store would answer without a request
        reader = new Main(XdgDirs.from(Map.of(), home.resolve("fresh").toString()))
                .open(portal.baseUrl().toString(), false);
        long before = portal.requestCount();
        Article a = reader.article(aid, 1, false);
        assertThat(a.comments()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(portal.requestCount() - before).isEqualTo(1);
        List<String> log = portal.requestLog();
        assertThat(log.get(log.size() - 1)).contains("mod=view").contains("aid=" + aid);
    }

    @Test
    void reopeningASeenArticleMakesNoRequest() throws Exception {
        reader.article(1, 1, false);
        reader.list(1, 1, false);
        long before = portal.requestCount();
        reader.article(1, 1, false);
        reader.list(1, 1, false);
        assertThat(portal.requestCount()).isEqualTo(before);
    }

    @Test
    void reloadingAsksTheSiteAgain() throws Exception {
        reader.article(1, 1, false);
        long before = portal.requestCount();
        Article again = reader.article(1, 1, true);
        assertThat(portal.requestCount() - before).isEqualTo(1);
        assertThat(again.views()).isGreaterThan(1999);
    }

    @Test
    void theSectionTreeIsDiscoveredOnceAndThenReadFromDisk() throws Exception {
        reader.sections(false);
        long afterFirst = portal.requestCount();
        assertThat(afterFirst).isPositive();
        reader.close();
        reader = new Main(XdgDirs.from(Map.of(), home.toString())).open(portal.baseUrl().toString(), false);
        long before = portal.requestCount();
        assertThat(reader.sections(false)).isNotEmpty();
        assertThat(portal.requestCount()).isEqualTo(before);
    }
}
