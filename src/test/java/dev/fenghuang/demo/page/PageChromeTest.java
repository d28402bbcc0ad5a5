package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class PageChromeTest {
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
    void headScriptSharesTheLineWithTheBaseHref() {
        String html = Fetch.get(portal, "portal.php?mod=view&aid=1").text();
        String site = portal.baseUrl().toString();
        String line = html.lines().filter(l -> l.contains("<base href=")).findFirst().orElseThrow();
        assertThat(line).startsWith("<base href=\"" + site + "\" />");
        assertThat(line).contains("charset = 'utf-8', discuz_uid = '0', cookiepre = '" + portal.cookiePrefix() + "'");
        assertThat(line).contains("SITEURL = '" + site + "'");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\" />\n");
    }

    @Test
    void siteUrlFollowsTheHostHeader() {
        int port = portal.baseUrl().getPort();
        String html = Fetch.raw(portal, "portal.php?mod=view&aid=1", "localhost:" + port);
        assertThat(html).contains("<base href=\"http://localhost:" + port + "/\" />")
                .contains("SITEURL = 'http://localhost:" + port + "/'");
        assertThat(html).contains("<a href=\"" + portal.baseUrl() + "portal.php?mod=list&catid=2\">渠县</a>");
    }

    @Test
    void cookiePrefixHasTheDiscuzShape() {
        assertThat(portal.cookiePrefix()).matches("[A-Za-z0-9]{4}_2132_");
    }

    @Test
    void searchFormCarriesTheFormhashOfTheSaltkey() {
        Fetch.Page first = Fetch.get(portal, "portal.php");
        String saltkey = first.cookies().stream().filter(c -> c.startsWith(portal.cookiePrefix() + "saltkey="))
                .findFirst().orElseThrow().split("[=;]")[1];
        String cookie = portal.cookiePrefix() + "saltkey=" + saltkey;
        String hash = formhash(Fetch.get(portal, "portal.php?mod=list&catid=1", "Cookie", cookie).text());
        assertThat(hash).matches("[0-9a-f]{8}").isEqualTo(formhash(first.text()));
        assertThat(formhash(Fetch.get(portal, "portal.php", "Cookie", portal.cookiePrefix() + "saltkey=Zz9Zz9Zz").text()))
                .isNotEqualTo(hash);
    }

    @Test
    void navListsTopCategoriesOnADecoratedSite() {
        String html = Fetch.get(portal, "portal.php?mod=list&catid=2").text();
        assertThat(html).contains("<li id=\"mn_portal\" ><a href=\"portal.php\" hidefocus=\"true\" title=\"Portal\"  >"
                + "首页<span>Portal</span></a></li><li id=\"mn_forum\" >");
        assertThat(html).contains("<li class=\"a\" id=\"mn_P1\" ><a href=\"" + portal.baseUrl()
                + "portal.php?mod=list&catid=1\" hidefocus=\"true\"  >党政风采</a></li>");
        assertThat(html).contains("id=\"mn_P4\"").contains("id=\"mn_P7\"").contains("id=\"mn_P8\"")
                .doesNotContain("id=\"mn_P9\"");
    }

    public static String formhash(String html) {
        Matcher m = Pattern.compile("<form id=\"scbar_form\"[^>]*>\n(?:<input[^>]*>\n)*?<input type=\"hidden\" "
                + "name=\"formhash\" value=\"([0-9a-f]{8})\" />").matcher(html);
        assertThat(m.find()).as("formhash in #scbar_form").isTrue();
        return m.group(1);
    }
}
