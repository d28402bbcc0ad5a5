package dev.fenghuang.site.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.site.Fixtures;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The admin panel's forum queues on hand-written pages after 5.7 of the protocol reference. */
class ForumQueueParserTest {
    private static final String URL = Fixtures.SITE + "admin.php?action=moderate&operation=threads";

    private static HeldPage parse(String fixture, HeldKind kind) throws UnexpectedPage {
        return ForumQueueParser.parse(Fixtures.document("admin/" + fixture, URL), kind, 20);
    }

    @Test
    void readsAHeldThreadFromItsThreeRows() throws Exception {
        HeldPage page = parse("forum-threads.html", HeldKind.THREAD);
        assertThat(page.entries()).hasSize(1);
        HeldPost t = page.entries().get(0);
        assertThat(t.kind()).isEqualTo(HeldKind.THREAD);
        assertThat(t.tid()).isEqualTo(297);
        assertThat(t.id()).isEqualTo(297);
        assertThat(t.pid()).isEqualTo(1201);
        assertThat(t.fid()).isEqualTo(3);
        assertThat(t.board()).isEqualTo("便民服务");
        assertThat(t.subject()).isEqualTo("求助：渠县哪里能办证");
        assertThat(t.author()).isEqualTo(new Person(12, "小王"));
        assertThat(t.time()).isEqualTo(LocalDateTime.of(2026, 12, 6, 9, 0));
        assertThat(t.text()).isEqualTo("请问身份证在哪里办？\n谢谢 审核测试");
        assertThat(t.censorWords()).containsExactly("审核测试");
    }

    @Test
    void readsThePagerOfTheQueue() throws Exception {
        HeldPage page = parse("forum-threads.html", HeldKind.THREAD);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(45);
    }

    @Test
    void readsHeldRepliesWithTheirThreadAndNoArrowInTheSubject() throws Exception {
        HeldPage page = parse("forum-replies.html", HeldKind.REPLY);
        assertThat(page.entries()).extracting(HeldPost::pid).containsExactly(1250L, 1249L);
        HeldPost r = page.entries().get(0);
        assertThat(r.id()).isEqualTo(1250);
        assertThat(r.tid()).isEqualTo(51);
        assertThat(r.fid()).isEqualTo(5);
        assertThat(r.subject()).isEqualTo("渠县的早餐");
        assertThat(r.author()).isEqualTo(new Person(3, "归来"));
        assertThat(r.text()).isEqualTo("羊肉粉最好吃");
        HeldPost second = page.entries().get(1);
        assertThat(second.tid()).isEqualTo(51);
        assertThat(second.author()).isEqualTo(new Person(4, "老李"));
        assertThat(second.time()).isEqualTo(LocalDateTime.of(2026, 11, 16, 11, 2));
        assertThat(second.text()).isEqualTo("第一行\n第二行");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void anEmptyQueueIsAPageWithoutEntries() throws Exception {
        HeldPage page = parse("forum-queue-empty.html", HeldKind.REPLY);
        assertThat(page.entries()).isEmpty();
        assertThat(page.pageCount()).isEqualTo(1);
    }

    @Test
    void aPageWithoutTheQueueFormIsUnexpected() {
        assertThatThrownBy(() -> parse("noaccess.html", HeldKind.REPLY)).isInstanceOf(UnexpectedPage.class);
    }
}
