package dev.fenghuang.demo.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The forum search of 4.9 over HTTP: the 302 to a searchid, the result list, the ten-second limit. */
class ForumSearchTest {
    @Test
    void aSearchRedirectsToItsResultsWithTheWordsInRed() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            ForumBrowser.Answer search = reader.post("search.php?mod=forum", "formhash", reader.formhash(), "srchtxt",
                    "黄花节", "searchsubmit", "yes");
            assertThat(search.status()).isEqualTo(302);
            assertThat(search.location()).isEqualTo("search.php?mod=forum&searchid=1&orderby=lastpost&ascdesc=desc"
                    + "&searchsubmit=yes&kw=%E9%BB%84%E8%8A%B1%E8%8A%82");
            assertThat(search.body()).isEmpty();
            String results = reader.get(search.location()).body();
            assertThat(results).contains("<h2>结果: <em>找到 “<span class=\"emfont\">黄花节</span>” 相关内容 1 个</em> </h2>")
                    .contains("<li class=\"pbw\" id=\"1\">\n<h3 class=\"xs3\">\n<a href=\"forum.php?mod=viewthread&amp;tid=1"
                            + "&amp;highlight=%E9%BB%84%E8%8A%B1%E8%8A%82\" target=\"_blank\" >2026渠县<strong><font "
                            + "color=\"#ff0000\">黄花节</font></strong>攻略贴：吃住行一帖搞定</a>\n</h3>")
                    .contains("<p class=\"xg1\">64 个回复 - ")
                    .contains("<span><a href=\"forum.php?mod=forumdisplay&amp;fid=2\" target=\"_blank\" class=\"xi1\">渠县杂谈"
                            + "</a></span>");
            ForumBrowser.Answer again = reader.get("search.php?mod=forum&srchtxt=%E9%95%87&searchsubmit=yes");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body()).contains("<p>抱歉，您在 10 秒内只能进行一次搜索<script type=\"text/javascript\" "
                    + "reload=\"1\">setTimeout(\"window.location.href ='search.php?mod=forum';\", 2000);</script></p>");
            portal.advanceClock(Duration.ofSeconds(10));
            ForumBrowser.Answer many = reader.get("search.php?mod=forum&srchtxt=%E9%95%87&searchsubmit=yes");
            assertThat(many.status()).isEqualTo(302);
            String first = reader.get(many.location()).body();
            assertThat(first).containsPattern("相关内容 (2[1-9]|[3-9]\\d) 个").contains("<strong>1</strong>")
                    .contains("&amp;page=2\" class=\"nxt\">下一页</a>");
            assertThat(reader.get("search.php?mod=forum&searchid=99").body()).contains("抱歉，您指定的搜索不存在或已过期");
        }
    }
}
