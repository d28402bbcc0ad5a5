package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DiscuzUrlsTest {
    private final DiscuzUrls urls = new DiscuzUrls(URI.create("http://portal.example:8080/bbs"), StandardCharsets.UTF_8);

    @Test
    void buildsPortalUrlsUnderTheSiteRoot() {
        assertThat(urls.list(4, 1)).hasToString("http://portal.example:8080/bbs/portal.php?mod=list&catid=4");
        assertThat(urls.list(4, 2)).hasToString("http://portal.example:8080/bbs/portal.php?mod=list&catid=4&page=2");
        assertThat(urls.article(7, 3)).hasToString("http://portal.example:8080/bbs/portal.php?mod=view&aid=7&page=3");
        assertThat(urls.comments(7, 2))
                .hasToString("http://portal.example:8080/bbs/portal.php?mod=comment&id=7&idtype=aid&page=2");
        assertThat(urls.index()).hasToString("http://portal.example:8080/bbs/portal.php");
    }

    @Test
    void encodesTextInTheSiteCharset() {
        assertThat(new DiscuzUrls(URI.create("http://x/"), Charset.forName("GBK")).encode("渠县")).isEqualTo("%C7%FE%CF%D8");
        assertThat(urls.encode("渠县")).isEqualTo("%E6%B8%A0%E5%8E%BF");
    }

    @Test
    void readsArticleIdsFromDynamicRewrittenAndEscapedLinks() {
        assertThat(DiscuzUrls.aid("portal.php?mod=view&aid=12")).isEqualTo(12);
        assertThat(DiscuzUrls.aid("portal.php?mod=view&amp;aid=12&amp;page=2")).isEqualTo(12);
        assertThat(DiscuzUrls.aid("http://x/article-34-2.html")).isEqualTo(34);
        assertThat(DiscuzUrls.aid("http://x/article/201611/06/56.html")).isEqualTo(56);
        assertThat(DiscuzUrls.aid("forum.php?mod=viewthread&tid=9")).isZero();
        assertThat(DiscuzUrls.aid("portal.php?mod=comment&id=7&idtype=aid")).isZero();
    }

    @Test
    void readsCategoryIdsAndPages() {
        assertThat(DiscuzUrls.catid("http://x/portal.php?mod=list&catid=4")).isEqualTo(4);
        assertThat(DiscuzUrls.catid("portal.php?mod=rss&amp;catid=5")).isEqualTo(5);
        assertThat(DiscuzUrls.catid("list-6-1.html")).isEqualTo(6);
        assertThat(DiscuzUrls.catid("portal.php?mod=portalcp&ac=article&catid=4")).isZero();
        assertThat(DiscuzUrls.page("portal.php?mod=list&catid=4&amp;page=2")).isEqualTo(2);
        assertThat(DiscuzUrls.page("article-34-3.html")).isEqualTo(3);
    }

    @Test
    void takesACategoryIdPastTheLargestIntForNone() {
        // Found by DiscuzUrlsFuzzTest: the id was cut to an int, so catid=4294967297 read as category 1.
        assertThat(DiscuzUrls.catid("portal.php?mod=list&catid=4294967297")).isZero();
        assertThat(DiscuzUrls.catid("list-4294967297-1.html")).isZero();
        assertThat(DiscuzUrls.catid("portal.php?mod=list&catid=2147483647")).isEqualTo(Integer.MAX_VALUE);
    }
}
