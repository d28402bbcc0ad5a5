package dev.fenghuang.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export reads the pages the site claims, but never more than a sane number of them. */
class WholeArticleTest {
    @TempDir
    Path dir;

    /** Claims two billion pages of body and of comments; counts what it is asked. */
    static final class HostileSite implements SiteReads {
        final AtomicInteger articlePages = new AtomicInteger();
        final AtomicInteger commentPages = new AtomicInteger();
        private final int claimed;

        HostileSite(int claimed) {
            this.claimed = claimed;
        }

        @Override
        public List<Section> discoverSections() {
            return List.of();
        }

        @Override
        public ArticleList list(int catid, int page) {
            return new ArticleList(null, List.of(), page, 1, List.of(), List.of(), List.of());
        }

        @Override
        public Article article(long aid, int page) {
            articlePages.incrementAndGet();
            return new Article(aid, "u", "t", null, List.of(), null, null, 0, 0, null, null, null,
                    List.of("paragraph " + page), List.of(), List.of(), page, claimed, null, List.of(), List.of(), 0,
                    true);
        }

        @Override
        public CommentList comments(long aid, int page) {
            commentPages.incrementAndGet();
            return new CommentList(aid, "t", 0, page, claimed, List.of(comment(page)), 0);
        }

        private static Comment comment(int page) {
            return new Comment(page, null, null, "comment " + page, null, false);
        }
    }

    private PortalReader reader(SiteReads site) {
        SiteProfile profile = SiteProfile.from("t", "http://t.example/", Settings.load(
                XdgDirs.from(Map.of(), dir.toString())));
        return new PortalReader(profile, site, new PageCache(CachePolicy.defaults()),
                new SectionStore(dir.resolve("sections.json")), () -> { });
    }

    @Test
    void aHostilePageCountIsCutAtTheMaximumAndSaidSo() {
        HostileSite site = new HostileSite(2_000_000_000);
        WholeArticle whole = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> WholeArticle.read(reader(site), 7));
        assertThat(site.articlePages).hasValue(WholeArticle.MAX_PAGES);
        assertThat(site.commentPages).hasValue(WholeArticle.MAX_COMMENT_PAGES);
        assertThat(whole.pages()).hasSize(WholeArticle.MAX_PAGES);
        assertThat(whole.claimedPages()).isEqualTo(2_000_000_000);
        assertThat(whole.claimedCommentPages()).isEqualTo(2_000_000_000);
        assertThat(whole.cut()).isTrue();
    }

    @Test
    void anHonestArticleIsReadWholeAndNotCut() throws Exception {
        HostileSite site = new HostileSite(3);
        WholeArticle whole = WholeArticle.read(reader(site), 7);
        assertThat(whole.pages()).hasSize(3);
        assertThat(whole.comments()).hasSize(3);
        assertThat(whole.cut()).isFalse();
    }
}
