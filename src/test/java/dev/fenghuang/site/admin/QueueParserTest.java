package dev.fenghuang.site.admin;

import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.UnexpectedPage;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueParserTest {
    private static final String URL = Fixtures.SITE + "admin.php?action=moderate&operation=articlecomments";

    private static QueuePage parse(String fixture) throws UnexpectedPage {
        return QueueParser.parse(Fixtures.document("admin/" + fixture, URL), 20);
    }

    @Test
    void readsEachOfTheThreeRowsOfAnEntry() throws Exception {
        QueuePage page = parse("queue.html");
        assertThat(page.entries()).extracting(QueueEntry::cid).containsExactly(31L, 30L, 29L);
        QueueEntry first = page.entries().get(0);
        assertThat(first.aid()).isEqualTo(1);
        assertThat(first.articleTitle()).isEqualTo("渠县脱贫攻坚纪实");
        assertThat(first.author()).isEqualTo(new Person(7, "reader3"));
        assertThat(first.time()).isEqualTo(LocalDateTime.of(2024, 5, 1, 9, 58));
        assertThat(page.entries().get(2).articleTitle()).isEqualTo("县城<新>规划公示");
    }

    @Test
    void keepsLineBreaksAndDropsControlCharactersFromTheText() throws Exception {
        List<QueueEntry> entries = parse("queue.html").entries();
        assertThat(entries.get(0).text()).isEqualTo("这是审核测试评论\n第二行红");
        assertThat(entries.get(1).text()).isEqualTo("好文 & 好图");
        assertThat(entries.get(2).text()).isEqualTo("[quote]不错[/quote]\n同意\n缩进");
    }

    @Test
    void readsTheCensorWordsTheSiteMarksInRed() throws Exception {
        List<QueueEntry> entries = parse("queue.html").entries();
        assertThat(entries.get(0).censorWords()).containsExactly("审核测试");
        assertThat(entries.get(1).censorWords()).isEmpty();
    }

    @Test
    void anEmptyQueueHasNoEntriesAndNoText() throws Exception {
        assertThat(parse("queue-empty.html")).isEqualTo(new QueuePage(1, 1, 0, List.of()));
    }

    @Test
    void theIgnoredTabHasTheSameRows() throws Exception {
        assertThat(parse("queue-ignore.html").entries()).extracting(QueueEntry::cid).containsExactly(31L);
    }

    @Test
    void readsTheAdminPagerWithTheTotalInItsEm() throws Exception {
        QueuePage page = parse("queue-page2.html");
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(45);
        assertThat(page.entries()).hasSize(20);
    }

    @Test
    void aPageThatIsNotTheQueueIsUnexpected() {
        assertThatThrownBy(() -> parse("noaccess.html")).isInstanceOf(UnexpectedPage.class);
    }
}
