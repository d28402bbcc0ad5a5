package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.WebClient;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.write.LoginTrouble;
import java.nio.charset.Charset;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site adapter's write side against the demo portal: both built from the protocol reference alone. */
class DemoWriteTest {
    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK"})
    void signsInWithASecurityQuestionCommentsEditsDeletesAndSignsOut(String charset) throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().charset(Charset.forName(charset)).build());
             WebClient web = new WebClient(HttpSettings.defaults())) {
            DiscuzAccount account = new DiscuzAccount(portal.baseUrl(), web, Clock.systemUTC());
            assertThat(account.loginForm().questions()).isNotEmpty();
            PostResult noQuestion = account.login("reader2", "reader234".toCharArray(), 0, "", false, null);
            assertThat(LoginTrouble.of(((PostResult.Refused) noQuestion).message()))
                    .isEqualTo(LoginTrouble.SECURITY_QUESTION);
            PostResult.Posted in = (PostResult.Posted) account.login("reader2", "reader234".toCharArray(), 1, "王芳",
                    true, null);
            Member me = account.whoami();
            assertThat(me.uid()).isEqualTo(in.id());
            assertThat(me.name()).isEqualTo("reader2");

            PostResult.Posted posted = (PostResult.Posted) account.comment(1, "测试评论——来自客户端·" + charset);
            assertThat(posted.id()).isPositive();
            assertThat(account.findOwnComment(1, "测试评论——来自客户端·" + charset, me.uid()))
                    .hasValueSatisfying(c -> assertThat(c.cid()).isEqualTo(posted.id()));
            PostResult flood = account.comment(1, "第二条");
            assertThat(((PostResult.Refused) flood).message().kind()).isEqualTo(Kind.TOO_FAST);
            assertThat(account.quote(posted.id())).startsWith("[quote]reader2: 测试评论");
            assertThat(account.editComment(posted.id(), "改过的评论").accepted()).isTrue();
            assertThat(account.deleteComment(posted.id()).accepted()).isTrue();
            assertThat(account.deleteComment(posted.id())).isInstanceOf(PostResult.Refused.class);

            assertThat(account.logout().accepted()).isTrue();
            web.clearCookies();
            assertThat(account.whoami()).isEqualTo(Member.GUEST);
            assertThat(account.comment(1, "游客评论")).isInstanceOf(PostResult.NeedsLogin.class);
        }
    }
}
