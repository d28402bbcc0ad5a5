package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The front-end moderation panel's queues (5.9) on hand-written pages after the reference. */
class PanelQueueParserTest {
    private static final String URL = ForumFixtures.SITE + "forum.php?mod=modcp&action=moderate&op=replies";

    @Test
    void readsHeldRepliesWithTheirThreadBoardAuthorTimeAndEscapedText() throws Exception {
        HeldPage page = PanelQueueParser.parse(ForumFixtures.document("modcp-replies.html", URL), HeldKind.REPLY);
        assertThat(page.entries()).extracting(HeldPost::pid).containsExactly(1250L, 1249L);
        HeldPost r = page.entries().get(0);
        assertThat(r.tid()).isEqualTo(51);
        assertThat(r.fid()).isEqualTo(5);
        assertThat(r.board()).isEqualTo("渠县美食");
        assertThat(r.subject()).isEqualTo("渠县的早餐");
        assertThat(r.author().name()).isEqualTo("归来");
        assertThat(r.time()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 2));
        assertThat(r.text()).isEqualTo("羊肉粉 <b>最好吃</b>\n第二行");
        assertThat(page.entries().get(1).author().name()).isEqualTo("老李");
        assertThat(page.pageCount()).isEqualTo(2);
    }

    @Test
    void readsAHeldThreadWithItsAuthorsUid() throws Exception {
        HeldPage page = PanelQueueParser.parse(ForumFixtures.document("modcp-threads.html", URL), HeldKind.THREAD);
        HeldPost t = page.entries().get(0);
        assertThat(t.tid()).isEqualTo(297);
        assertThat(t.id()).isEqualTo(297);
        assertThat(t.author()).isEqualTo(new Person(12, "小王"));
        assertThat(t.subject()).isEqualTo("求助：渠县哪里能办证");
        assertThat(t.text()).isEqualTo("请问身份证在哪里办？");
    }

    @Test
    void knowsThePasswordPageAndRefusesToReadItAsAQueue() {
        var login = ForumFixtures.document("modcp-login.html", URL);
        assertThat(PanelQueueParser.isPasswordPage(login)).isTrue();
        assertThat(PanelQueueParser.isPasswordPage(ForumFixtures.document("modcp-replies.html", URL))).isFalse();
        assertThatThrownBy(() -> PanelQueueParser.parse(login, HeldKind.REPLY)).isInstanceOf(UnexpectedPage.class);
    }
}
