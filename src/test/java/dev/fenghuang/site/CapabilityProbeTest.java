package dev.fenghuang.site;

import dev.fenghuang.site.admin.AdminLoginTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Capabilities;
import org.junit.jupiter.api.Test;

class CapabilityProbeTest {
    private static final String ARTICLE = "portal.php?mod=view&aid=1234";
    private static final String QUEUE = AdminLoginTest.QUEUE_GET;
    private static final String SEARCH = "admin.php?action=comment&operation=article";

    private final FakeConnection site = new FakeConnection();

    private Capabilities probe() throws Exception {
        return AdminLoginTest.admin(site).capabilities(1234);
    }

    @Test
    void aGuestHasNoModeration() throws Exception {
        site.fixture(ARTICLE, "write/article-guest.html").fixture(QUEUE, "admin/guest.html");
        assertThat(probe()).isEqualTo(Capabilities.NONE);
    }

    @Test
    void aMemberSeesNoModerationAtAll() throws Exception {
        site.fixture(ARTICLE, "write/article-member.html").fixture(QUEUE, "admin/noaccess.html");
        Capabilities member = probe();
        assertThat(member).isEqualTo(Capabilities.NONE);
        assertThat(member.moderates()).isFalse();
        assertThat(site.requests()).extracting(FakeConnection.Request::url).noneMatch(u -> u.contains(SEARCH));
    }

    @Test
    void aSuperModeratorEditsAndDeletesOnTheFrontEndOnly() throws Exception {
        site.fixture(ARTICLE, "admin/article-moderator.html").fixture(QUEUE, "admin/noaccess.html");
        assertThat(probe()).isEqualTo(new Capabilities(true, true, false, false, false, false));
    }

    @Test
    void anAdministratorWhosePanelAsksForThePasswordHasEverything() throws Exception {
        site.fixture(ARTICLE, "admin/article-admin.html").fixture(QUEUE, "admin/reauth.html");
        assertThat(probe()).isEqualTo(new Capabilities(true, true, true, true, true, true));
    }

    @Test
    void anOpenPanelIsAskedForTheQueueAndTheSearch() throws Exception {
        site.fixture(ARTICLE, "admin/article-admin.html").fixture(QUEUE, "admin/queue.html")
                .fixture(SEARCH, "admin/search-form.html");
        assertThat(probe()).isEqualTo(new Capabilities(true, true, true, true, true, false));
    }

    @Test
    void aTeamMemberWithoutTheSearchPermissionHasNoSearch() throws Exception {
        site.fixture(ARTICLE, "admin/article-admin.html").fixture(QUEUE, "admin/queue.html")
                .fixture(SEARCH, "admin/noaccess-action.html");
        assertThat(probe().commentSearch()).isFalse();
    }
}
