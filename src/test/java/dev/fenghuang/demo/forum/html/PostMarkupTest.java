package dev.fenghuang.demo.forum.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostMarkupTest {
    private static PostMarkup.Context context(boolean showsHidden) {
        return new PostMarkup.Context("http://127.0.0.1:8080/", 2, 51, 220, showsHidden, aid -> Optional.empty());
    }

    @Test
    void aQuoteKeepsItsAbsoluteLinkAndOneLineBreakAfterIt() {
        String message = "[quote][size=2][url=forum.php?mod=redirect&goto=findpost&pid=185&ptid=51][color=#999999]归来 发表于 "
                + "2026-11-16 11:20[/color][/url][/size]\n引用的话[/quote]\n\n回复的话";
        assertThat(PostMarkup.render(message, context(false))).isEqualTo("<div class=\"quote\"><blockquote><font size=\"2\">"
                + "<a href=\"http://127.0.0.1:8080/forum.php?mod=redirect&amp;goto=findpost&amp;pid=185&amp;ptid=51\" "
                + "target=\"_blank\"><font color=\"#999999\">归来 发表于 2026-11-16 11:20</font></a></font><br />\n"
                + "引用的话</blockquote></div><br />\n回复的话");
    }

    @Test
    void textIsEscapedAndTheEditStampIsAnItalicStatus() {
        assertThat(PostMarkup.render("[i=s] 本帖最后由 reader2 于 2026-12-6 09:03 编辑 [/i]\n\n<b>a & b</b>", context(false)))
                .isEqualTo("<i class=\"pstatus\"> 本帖最后由 reader2 于 2026-12-6 09:03 编辑 </i><br />\n<br />\n"
                        + "&lt;b&gt;a &amp; b&lt;/b&gt;");
    }

    @Test
    void aHiddenPartIsLockedUnlessTheViewerMaySeeIt() {
        assertThat(PostMarkup.render("[hide]秘密[/hide]", context(false))).startsWith("<div class=\"locked\">如果您要查看本帖"
                + "隐藏内容请<a href=\"javascript:;\" class=\"xi2\" onclick=\"showWindow('reply', 'forum.php?mod=post&action="
                + "reply&fid=2&tid=51')\">回复</a></div>").doesNotContain("秘密");
        assertThat(PostMarkup.render("[hide]秘密[/hide]", context(true)))
                .isEqualTo("<div class=\"showhide\"><h4>本帖隐藏的内容</h4>秘密</div>");
    }

    @Test
    void codeLinesAreUnclosedItemsWithoutLineBreaks() {
        assertThat(PostMarkup.render("[code]\na\nb\n[/code]", context(false)))
                .matches("<div class=\"blockcode\"><div id=\"code_(\\w{3})\"><ol><li><li>a<li>b<li></ol></div><em onclick="
                        + "\"copycode\\(\\$\\('code_\\1'\\)\\);\">复制代码</em></div>");
    }
}
