package dev.fenghuang.site.markup;

import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageParserTest {
    private static SiteMessage messageOf(String fixture) {
        return MessageParser.message(Fixtures.document(fixture, Fixtures.SITE + "portal.php")).orElseThrow();
    }

    @Test
    void readsTheMissingArticleMessageWithoutTheBackLinkScript() {
        assertThat(messageOf("message-article-missing.html"))
                .isEqualTo(new SiteMessage("抱歉，您指定要查看的文章不存在或正在审核", Kind.NOT_FOUND));
    }

    @Test
    void readsAForwardingMessageWithoutItsRedirectScript() {
        assertThat(messageOf("message-category-missing.html"))
                .isEqualTo(new SiteMessage("抱歉，您指定要查看的分类不存在", Kind.NOT_FOUND));
    }

    @Test
    void classifiesAClosedCategory() {
        assertThat(messageOf("message-category-closed.html"))
                .isEqualTo(new SiteMessage("抱歉，您指定要查看的分类已关闭", Kind.CLOSED));
    }

    @Test
    void readsTheLoginRequiredMessageFromMainMessageNotTheHiddenSuccessBox() {
        assertThat(messageOf("message-login.html"))
                .isEqualTo(new SiteMessage("请先登录后才能继续浏览", Kind.NO_PERMISSION));
    }

    @Test
    void passesAnUndefinedLanguageKeyThroughLiterally() {
        assertThat(messageOf("message-comments-forbidden.html").text()).isEqualTo("aid_comment_is_forbidden");
    }

    @Test
    void readsTheSystemErrorPage() {
        assertThat(messageOf("system-error.html"))
                .isEqualTo(new SiteMessage("您当前的访问请求当中含有非法字符，已经被系统拒绝", Kind.OTHER));
    }

    @Test
    void findsNoMessageOnAnArticlePage() {
        assertThat(MessageParser.message(Fixtures.document("article-sample.html", Fixtures.SEED_SITE))).isEmpty();
    }

    @Test
    void readsASucceedHandleCallWithItsUrlAndMessage() {
        AjaxAnswer answer = MessageParser.ajax(Fixtures.text("ajax-succeed.xml"));
        assertThat(answer.callback()).isEqualTo(AjaxAnswer.Callback.SUCCEED);
        assertThat(answer.url()).isEqualTo("http://portal.example/./portal.php?mod=view&aid=2#comment");
        assertThat(answer.message().text()).isEqualTo("抱歉，输入的内容不能少于 2 个字符");
        assertThat(answer.values()).isEmpty();
    }

    @Test
    void readsAnErrorHandleCallWithItsValues() {
        AjaxAnswer answer = MessageParser.ajax(Fixtures.text("ajax-error.xml"));
        assertThat(answer.callback()).isEqualTo(AjaxAnswer.Callback.ERROR);
        assertThat(answer.message().text()).isEqualTo("抱歉，两次发布操作太快，请等待 15 秒再试");
        assertThat(answer.values()).isEqualTo(Map.of("waittime", "15"));
    }

    @Test
    void readsTheMessageOfAnAjaxDialog() {
        AjaxAnswer answer = MessageParser.ajax(Fixtures.text("ajax-dialog.xml"));
        assertThat(answer.callback()).isEqualTo(AjaxAnswer.Callback.ERROR);
        assertThat(answer.message().text()).isEqualTo("您已表过态");
    }

    @Test
    void unescapesQuotesInsideHandlerArguments() {
        AjaxAnswer answer = MessageParser.ajax("<root><![CDATA[<script>if(typeof errorhandle_=='function') "
                + "{errorhandle_('it\\'s ]]> here', {'a':'1','b':'x\\'y'});}</script>]]></root>");
        assertThat(answer.message().text()).isEqualTo("it's ]]> here");
        assertThat(answer.values()).isEqualTo(Map.of("a", "1", "b", "x'y"));
    }

    @Test
    void readsAPlainRedirect() {
        AjaxAnswer answer = MessageParser.ajax("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root><![CDATA["
                + "<script type=\"text/javascript\" reload=\"1\">window.location.href='forum.php?mod=viewthread&tid=2';"
                + "</script>]]></root>");
        assertThat(answer.callback()).isEqualTo(AjaxAnswer.Callback.REDIRECT);
        assertThat(answer.url()).isEqualTo("forum.php?mod=viewthread&tid=2");
    }

    @Test
    void recognisesTheMobileTemplate() {
        assertThat(MessageParser.isMobileTemplate(Fixtures.document("mobile.html", Fixtures.SITE))).isTrue();
        assertThat(MessageParser.isMobileTemplate(Fixtures.document("article-sample.html", Fixtures.SITE))).isFalse();
    }

    @Test
    void recognisesAnAntiScrapingPage() {
        assertThat(MessageParser.isAntiScraping(Fixtures.document("anti-scraping.html", Fixtures.SITE))).isTrue();
        assertThat(MessageParser.isAntiScraping(Fixtures.document("not-discuz.html", Fixtures.SITE))).isFalse();
        assertThat(MessageParser.isAntiScraping(Fixtures.document("article-sample.html", Fixtures.SITE))).isFalse();
    }

    @Test
    void classifiesAppendixTexts() {
        assertThat(MessageKinds.of("抱歉，您尚未正确指定要查看的文章 ID")).isEqualTo(Kind.NOT_FOUND);
        assertThat(MessageKinds.of("抱歉，您所在的用户组(游客)无法进行此操作")).isEqualTo(Kind.NO_PERMISSION);
        assertThat(MessageKinds.of("您需要先登录才能继续本操作")).isEqualTo(Kind.NO_PERMISSION);
        assertThat(MessageKinds.of("抱歉，门户功能尚未开启")).isEqualTo(Kind.CLOSED);
        assertThat(MessageKinds.of("抱歉，本站点暂时关闭，详情请 联系管理员")).isEqualTo(Kind.CLOSED);
        assertThat(MessageKinds.of("操作成功")).isEqualTo(Kind.OTHER);
        assertThat(MessageKinds.of("登录失败，您还可以尝试 4 次")).isEqualTo(Kind.OTHER);
    }

    @Test
    void takesADialogThatDefinesASucceedHandlerForAFormNotForACall() {
        AjaxAnswer answer = MessageParser.ajax(Fixtures.text("write/favorite-dialog.xml"));
        assertThat(answer.callback()).isEqualTo(AjaxAnswer.Callback.FRAGMENT);
    }
}
