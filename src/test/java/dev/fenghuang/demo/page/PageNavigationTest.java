package dev.fenghuang.demo.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNavigationTest {
    private static final String BASE = "portal.php?mod=view&aid=5";

    @Test
    void onePageHasNoPager() {
        assertThat(PageNavigation.links(BASE, 1, 1)).isEmpty();
    }

    @Test
    void middlePageHasPrevNumbersLabelAndNextOnOneLine() {
        assertThat(PageNavigation.links(BASE, 2, 3)).isEqualTo("<div class=\"pg\"><a href=\"" + BASE + "&amp;page=1\" "
                + "class=\"prev\">&nbsp;&nbsp;</a><a href=\"" + BASE + "&amp;page=1\">1</a><strong>2</strong>"
                + "<a href=\"" + BASE + "&amp;page=3\">3</a><label><input type=\"text\" name=\"custompage\" "
                + "class=\"px\" size=\"2\" title=\"输入页码，按回车快速跳转\" value=\"2\" onkeydown=\"if(event.keyCode==13) "
                + "{window.location='" + BASE + "&amp;page='+this.value;; doane(event);}\" /><span title=\"共 3 页\">"
                + " / 3 页</span></label><a href=\"" + BASE + "&amp;page=3\" class=\"nxt\">下一页</a></div>");
    }

    @Test
    void firstAndLastAppearOnlyBeyondTheWindow() {
        String short10 = PageNavigation.links(BASE, 5, 10);
        assertThat(short10).doesNotContain("class=\"first\"").doesNotContain("class=\"last\"");
        String long20 = PageNavigation.links(BASE, 8, 20);
        assertThat(long20).contains("class=\"first\">1 ...</a>").contains("class=\"last\">... 20</a>");
        assertThat(long20).contains("page=6\">6</a>").contains("page=15\">15</a>").doesNotContain("page=16\">16</a>");
        assertThat(PageNavigation.links(BASE, 1, 20)).doesNotContain("class=\"first\"").doesNotContain("class=\"prev\"");
        assertThat(PageNavigation.links(BASE, 20, 20)).doesNotContain("class=\"last\"").doesNotContain("class=\"nxt\"");
    }

    @Test
    void clampKeepsPagesInRange() {
        assertThat(PageNavigation.clamp(9, 3)).isEqualTo(3);
        assertThat(PageNavigation.clamp(0, 3)).isEqualTo(1);
        assertThat(PageNavigation.pageCount(0, 15)).isEqualTo(1);
        assertThat(PageNavigation.pageCount(31, 15)).isEqualTo(3);
    }
}
