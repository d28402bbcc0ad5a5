package dev.fenghuang.demo;

import dev.fenghuang.demo.http.MessageTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSiteTest {
    private DemoPortal portal;

    @BeforeAll
    void start() {
        portal = DemoPortal.start(DemoOptions.builder().hostile(true).build());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void putsTheCorpusIntoTitlesNamesSourcesBodiesAndUrls() {
        String page = Fetch.get(portal, "portal.php?mod=view&aid=3").text();
        assertThat(page).contains("<h1 class=\"ph\">").contains("来源" + HostileSite.TEXT)
                .contains("原作者" + HostileSite.TEXT)
                .contains("href=\"http://evil.example/" + HostileSite.TEXT)
                .contains("src=\"data/attachment/portal/evil.jpg" + HostileSite.TEXT)
                .contains("href=\"http://www.qxxww.com/" + HostileSite.TEXT);
        assertThat(occurrences(page)).isGreaterThan(10);
    }

    @Test
    void putsTheCorpusIntoCategoryNamesAndComments() {
        assertThat(Fetch.get(portal, "portal.php?mod=list&catid=2").text()).contains("渠县" + HostileSite.TEXT);
        assertThat(occurrences(Fetch.get(portal, "portal.php?mod=comment&id=5&idtype=aid").text()))
                .isGreaterThan(20);
    }

    @Test
    void putsTheCorpusIntoEveryShowmessageText() {
        String answer = Fetch.get(portal, "portal.php?mod=portalcp&ac=comment&aid=5").text();
        assertThat(answer).contains(MessageTexts.SUBMIT_INVALID + HostileSite.TEXT);
    }

    private static int occurrences(String page) {
        return page.split(Pattern.quote(HostileSite.TEXT), -1).length - 1;
    }

    @Test
    void putsTheCorpusIntoAContentTypeAndALocation() {
        String host = portal.baseUrl().getAuthority();
        String typed = Fetch.raw(portal, "portal.php?mod=view&aid=" + HostileSite.HEADER_AID, host);
        assertThat(typed).startsWith("HTTP/1.1 200").contains("Content-type: text/x-hostile\u001B]52;c;");
        String moved = Fetch.raw(portal, "portal.php?mod=view&aid=" + HostileSite.REDIRECT_AID, host);
        assertThat(moved).startsWith("HTTP/1.1 302").contains("Location: portal.php?mod=view&aid=1\u001B]52;c;");
    }

    @Test
    void leavesTheStandardSiteAsItWas() {
        try (DemoPortal plain = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(Fetch.get(plain, "portal.php?mod=view&aid=5").text()).doesNotContain("\u001B");
        }
    }
}
