package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstPageTest {
    @TempDir
    Path home;

    /** The fake site, holding every answer until let go, and saying what was asked. */
    private static final class HeldSite implements SiteReads {
        final FakeSite site = new FakeSite();
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch go = new CountDownLatch(1);
        final CountDownLatch firstAsked = new CountDownLatch(1);

        private void ask(String what) throws IOException {
            asked.add(what);
            firstAsked.countDown();
            try {
                go.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
        }

        @Override
        public void prepareToSend() {
            asked.add("prepare to send");
        }

        @Override
        public List<Section> discoverSections() throws IOException {
            ask("sections");
            return site.discoverSections();
        }

        @Override
        public ArticleList list(int catid, int page) throws IOException {
            ask("list " + catid);
            return site.list(catid, page);
        }

        @Override
        public Article article(long aid, int page) throws IOException {
            ask("article " + aid);
            return site.article(aid, page);
        }

        @Override
        public CommentList comments(long aid, int page) throws IOException {
            ask("comments " + aid);
            return site.comments(aid, page);
        }
    }

    @Test
    void theArticleToOpenIsAskedForBeforeTheViewAsksAndAskedOnce() throws Exception {
        HeldSite site = new HeldSite();
        site.site.articles.put(5L, FakeSite.article(5, "标题", List.of("正文"), List.of()));
        PortalReader held = dev.fenghuang.DemoReader.over(site, home);

        Thread ahead = FirstPage.fetchAhead(held, 5L);
        assertThat(site.firstAsked.await(10, TimeUnit.SECONDS)).isTrue(); // while the site still holds the answer
        // the HTTP client built first, while the store opens, rather than after the read found it lacks the page
        assertThat(site.asked).containsExactly("prepare to send", "article 5");
        site.go.countDown();
        assertThat(held.article(5, 1, false).title()).isEqualTo("标题"); // as the view asks, once the screen is up
        ahead.join(10_000);
        assertThat(site.asked).containsExactly("prepare to send", "article 5");
    }

    @Test
    void withoutAnArticleTheSectionsAndTheFirstListAreFetchedAhead() throws Exception {
        HeldSite site = new HeldSite();
        site.go.countDown();
        PortalReader held = dev.fenghuang.DemoReader.over(site, home);

        FirstPage.fetchAhead(held, null).join(10_000);
        assertThat(site.asked).containsExactly("prepare to send", "sections", "list " + FakeSite.CATEGORY.id());
        held.sections(false);
        held.list(FakeSite.CATEGORY.id(), 1, false);
        assertThat(site.asked).hasSize(3);
    }

    @Test
    void aFailureIsLeftForTheViewToMeet() throws Exception {
        HeldSite site = new HeldSite();
        site.go.countDown();
        PortalReader held = dev.fenghuang.DemoReader.over(site, home);
        Thread ahead = FirstPage.fetchAhead(held, 404L); // the fake site has no article 404
        ahead.join(10_000);
        assertThat(ahead.isAlive()).isFalse();
        assertThat(site.asked).containsExactly("prepare to send", "article 404");
    }
}
