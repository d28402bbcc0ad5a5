package dev.fenghuang.demo;

import dev.fenghuang.demo.page.PageChromeTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestGuardTest {
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static void assertSystemError(Fetch.Page page) {
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("retry-after")).isEqualTo("3600");
        assertThat(page.text()).contains("<title>127.0.0.1:" + portal.baseUrl().getPort() + " - System Error</title>")
                .contains("<h1>Discuz! System Error</h1>").contains("<li>您当前的访问请求当中含有非法字符，已经被系统拒绝</li>");
    }

    @Test
    void parenthesisInTheQueryIsRefused() {
        assertSystemError(Fetch.get(portal, "portal.php?mod=list&catid=4&x=("));
    }

    @Test
    void doublyEncodedQuoteIsRefused() {
        assertSystemError(Fetch.get(portal, "portal.php?mod=list&catid=4&x=%2522"));
    }

    @Test
    void wrongFormhashIsRefused() {
        assertSystemError(Fetch.get(portal, "portal.php?mod=list&catid=4&formhash=00000000"));
    }

    @Test
    void rightFormhashPasses() {
        String cookie = portal.cookiePrefix() + "saltkey=Ab12Cd34";
        String hash = PageChromeTest.formhash(Fetch.get(portal, "portal.php", "Cookie", cookie).text());
        assertThat(Fetch.get(portal, "portal.php?mod=list&catid=4&formhash=" + hash, "Cookie", cookie).status())
                .isEqualTo(200);
    }

    @Test
    void plainChineseTextIsNotTainted() {
        assertThat(RequestGuard.tainted("/portal.php?kw=%E6%B8%A0%E5%8E%BF")).isFalse();
        assertThat(RequestGuard.tainted("/portal.php?kw=%3Cscript%3E")).isTrue();
        assertThat(RequestGuard.tainted("/portal.php?x=content-transfer-encoding")).isTrue();
    }
}
