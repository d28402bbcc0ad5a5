package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The portal search of 3.10 over HTTP: the form, the 302 to a searchid, results, paging, GBK, the ten-second rule. */
class PortalSearchTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void theFormPostsToThePortalSearchWithTheFormhash() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser guest = new Browser(portal);
            String form = guest.get("search.php?mod=portal").text();
            assertThat(form).contains("<title>搜索 -  凤凰山下 -  Powered by Discuz!</title>")
                    .contains("<form class=\"searchform\" method=\"post\" autocomplete=\"off\" action=\"search.php?mod=portal\"")
                    .contains("name=\"formhash\" value=\"" + guest.formhash() + "\"")
                    .contains("id=\"scform_srchtxt\" name=\"srchtxt\" size=\"65\" maxlength=\"40\"")
                    .contains("<input type=\"hidden\" name=\"searchsubmit\" value=\"yes\" />")
                    .contains("<a href=\"search.php?mod=portal\" class=\"a\">文章</a>");
        }
    }

    @Test
    void aPostSearchRedirectsToHighlightedResultsHighestAidFirst() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser guest = new Browser(portal);
            Fetch.Page search = guest.post("search.php?mod=portal", "formhash", guest.formhash(), "srchtxt", "脱贫",
                    "searchsubmit", "yes");
            assertThat(search.status()).isEqualTo(302);
            assertThat(search.header("location"))
                    .isEqualTo("search.php?mod=portal&searchid=1&searchsubmit=yes&kw=%E8%84%B1%E8%B4%AB");
            assertThat(search.bytes()).isEmpty();
            String results = guest.get(search.header("location")).text();
            assertThat(results).containsPattern("<h2>结果: <em>找到 “<span class=\"emfont\">脱贫</span>” 相关内容 \\d+ 个</em></h2>")
                    .contains("<h3 class=\"xs3\"><a href=\"portal.php?mod=view&aid=")
                    .contains("全省“巾帼<strong><font color=\"#ff0000\">脱贫</font></strong>行动”暨")
                    .containsPattern("<p class=\"xg1\">\\d+ 个评论 - \\d+ 次查看</p>")
                    .containsPattern("<span>\\d{4}-\\d{1,2}-\\d{1,2} \\d\\d:\\d\\d</span>\n -\n<span><a href=\"home.php\\?mod=space"
                            + "&amp;uid=\\d+\" target=\"_blank\">");
        }
    }

    @Test
    void aSecondNewSearchWithinTenSecondsIsRefusedButReadingResultsIsNot() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            Browser guest = new Browser(portal);
            String first = guest.get("search.php?mod=portal&srchtxt=%E6%B8%A0%E5%8E%BF&searchsubmit=yes")
                    .header("location");
            portal.advanceClock(Duration.ofSeconds(9));
            Fetch.Page again = guest.get("search.php?mod=portal&srchtxt=%E6%B8%A0%E5%8E%BF&searchsubmit=yes");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text()).contains("<div id=\"messagetext\" class=\"alert_info\">")
                    .contains("<p>抱歉，您在 10 秒内只能进行一次搜索<script type=\"text/javascript\" reload=\"1\">"
                            + "setTimeout(\"window.location.href ='search.php?mod=portal';\", 2000);</script></p>");
            assertThat(guest.get(first).text()).contains("相关内容");
            portal.advanceClock(Duration.ofSeconds(1));
            assertThat(guest.get("search.php?mod=portal&srchtxt=%E6%B8%A0%E5%8E%BF&searchsubmit=yes").status())
                    .isEqualTo(302);
        }
    }

    @Test
    void administratorsAreExemptFromTheTenSecondRule() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            assertThat(admin.get("search.php?mod=portal&srchtxt=%E6%B8%A0%E5%8E%BF&searchsubmit=yes").status())
                    .isEqualTo(302);
            assertThat(admin.get("search.php?mod=portal&srchtxt=%E6%B8%A0%E5%8E%BF&searchsubmit=yes").status())
                    .isEqualTo(302);
        }
    }

    @Test
    void manyHitsArePagedTwentyAPageAndNoHitSaysSo() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            Browser guest = new Browser(portal);
            String location = guest.get("search.php?mod=portal&srchtxt=%E5%8E%BF&searchsubmit=yes")
                    .header("location");
            String first = guest.get(location).text();
            assertThat(first).containsPattern("相关内容 (2[1-9]|[3-9]\\d|\\d{3}) 个")
                    .contains("search.php?mod=portal&searchid=1&orderby=aid&ascdesc=desc&searchsubmit=yes&amp;page=2\" "
                            + "class=\"nxt\">下一页</a>");
            assertThat(first.split("<li class=\"pbw\">", -1)).hasSize(21);
            portal.advanceClock(Duration.ofSeconds(10));
            String none = guest.get(guest.get("search.php?mod=portal&srchtxt=zzzz&searchsubmit=yes").header("location"))
                    .text();
            assertThat(none).contains("<p class=\"emp xg2 xs2\">对不起，没有找到匹配结果。</p>").doesNotContain("div class=\"slst");
            assertThat(guest.get("search.php?mod=portal&searchid=99").text()).contains("抱歉，您指定的搜索不存在或已过期");
            assertThat(guest.get("search.php?mod=portal&srchtxt=&searchsubmit=yes").text())
                    .contains("id=\"scform_srchtxt\"");
        }
    }

    @Test
    void aGbkSiteTakesAndGivesTheKeywordInGbk() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            Browser guest = new Browser(portal);
            Fetch.Page search = guest.post("search.php?mod=portal", "formhash", guest.formhash(), "srchtxt", "脱贫",
                    "searchsubmit", "yes");
            assertThat(search.header("location")).endsWith("&kw=%CD%D1%C6%B6");
            String results = guest.get(search.header("location")).text(GBK);
            assertThat(results).contains("<span class=\"emfont\">脱贫</span>")
                    .contains("<strong><font color=\"#ff0000\">脱贫</font></strong>");
        }
    }
}
