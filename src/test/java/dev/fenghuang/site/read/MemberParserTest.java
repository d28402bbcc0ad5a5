package dev.fenghuang.site.read;

import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.write.LoginFlowTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Member;
import dev.fenghuang.model.UnexpectedPage;
import org.junit.jupiter.api.Test;

class MemberParserTest {
    private final FakeConnection site = new FakeConnection();

    @Test
    void aGuestPageIsTheGuest() throws Exception {
        site.fixture("portal.php", "write/article-guest.html");
        assertThat(LoginFlowTest.account(site).whoami()).isEqualTo(Member.GUEST);
    }

    @Test
    void aMemberPageGivesUidNameAndGroupWithoutTheRestOfTheBar() throws Exception {
        site.fixture("portal.php", "write/article-member.html");
        assertThat(LoginFlowTest.account(site).whoami()).isEqualTo(new Member(3, "reader1", "新手上路"));
    }

    @Test
    void aMessagePageStillTellsWhoIsSignedIn() throws Exception {
        site.fixture("portal.php", "message-login.html");
        assertThat(LoginFlowTest.account(site).whoami().isGuest()).isTrue();
    }

    @Test
    void aPageWithoutDiscuzUidIsUnexpected() {
        site.fixture("portal.php", "not-discuz.html");
        assertThatThrownBy(() -> LoginFlowTest.account(site).whoami()).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("discuz_uid");
    }

    @Test
    void aMemberWithoutAGroupLinkHasAnEmptyGroup() throws Exception {
        String html = "<html><head><script>var charset = 'utf-8', discuz_uid = '7', cookiepre = 'x_2132_';</script>"
                + "</head><body><div id=\"um\"><strong class=\"vwmy\"><a href=\"home.php?mod=space&amp;uid=7\">编辑\u001b[31m部"
                + "</a></strong></div></body></html>";
        Member m = MemberParser.of(org.jsoup.Jsoup.parse(html), html);
        assertThat(m).isEqualTo(new Member(7, "编辑部", ""));
    }
}
