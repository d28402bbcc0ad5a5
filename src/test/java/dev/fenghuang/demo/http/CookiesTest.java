package dev.fenghuang.demo.http;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CookiesTest {
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
    void firstVisitSetsSaltkeyLastvisitSidAndLastact() {
        List<String> cookies = Fetch.get(portal, "portal.php?mod=view&aid=1").cookies();
        String pre = portal.cookiePrefix();
        assertThat(cookies).anyMatch(c -> c.matches(pre + "saltkey=[A-Za-z0-9]{8}; expires=[^;]+ GMT; "
                + "Max-Age=2592000; path=/; HttpOnly"));
        assertThat(cookies).anyMatch(c -> c.matches(pre + "lastvisit=\\d+; .*Max-Age=2592000; path=/"));
        assertThat(cookies).anyMatch(c -> c.matches(pre + "sid=[A-Za-z0-9]{6}; .*Max-Age=86400; path=/"));
        assertThat(cookies).anyMatch(c -> c.matches(pre + "lastact=\\d+%09portal.php%09view; .*Max-Age=86400; path=/"));
    }

    @Test
    void laterVisitsOnlyRefreshLastact() {
        String pre = portal.cookiePrefix();
        List<String> cookies = Fetch.get(portal, "index.php", "Cookie",
                pre + "saltkey=Ab12Cd34; " + pre + "sid=Qw12Er").cookies();
        assertThat(cookies).hasSize(1).allMatch(c -> c.startsWith(pre + "lastact=") && c.contains("%09index.php%09index"));
    }

    @Test
    void cookieHeadersAreParsedByName() {
        assertThat(Cookies.parse(List.of("a=1; b = 2", "c=x=y"))).containsEntry("a", "1").containsEntry("b", "2")
                .containsEntry("c", "x=y");
    }
}
