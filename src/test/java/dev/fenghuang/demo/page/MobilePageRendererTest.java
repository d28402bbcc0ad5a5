package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MobilePageRendererTest {
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void javasDefaultAgentGetsTheTouchPage() {
        String html = Fetch.get(portal, "portal.php?mod=view&aid=1", "User-Agent", "Java-http-client/17.0.15").text();
        assertThat(html).contains("<title>" + SampleArticle.TITLE + " -  手机版 - Powered by Discuz!</title>");
        assertThat(html).doesNotContain("article_content").doesNotContain("scbar_form").doesNotContain("id=\"nv\"")
                .doesNotContain("cookiepre").doesNotContain("_viewnum");
    }

    @Test
    void phoneAgentsGetTheTouchPageEverywhere() {
        String iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148";
        assertThat(Fetch.get(portal, "portal.php?mod=list&catid=1", "User-Agent", iphone).text())
                .contains("<title>党政风采 -  手机版 - Powered by Discuz!</title>").doesNotContain("dl class=\"bbda cl\"");
    }

    @Test
    void mobileNoGivesThePcPageAndSetsTheOneHourCookie() {
        Fetch.Page page = Fetch.get(portal, "portal.php?mod=view&aid=1&mobile=no", "User-Agent", "Java/17");
        assertThat(page.text()).contains("id=\"article_content\"");
        assertThat(page.cookies()).anyMatch(c -> c.startsWith(portal.cookiePrefix() + "mobile=no;")
                && c.contains("Max-Age=3600"));
    }

    @Test
    void theMobileCookieKeepsThePcTemplate() {
        String html = Fetch.get(portal, "portal.php?mod=view&aid=1", "User-Agent", "Java/17",
                "Cookie", portal.cookiePrefix() + "mobile=no").text();
        assertThat(html).contains("id=\"article_content\"");
    }

    @Test
    void desktopAgentGetsThePcPage() {
        assertThat(Fetch.get(portal, "portal.php?mod=view&aid=1").text()).contains("id=\"article_content\"")
                .doesNotContain("手机版 - Powered");
    }
}
