package dev.fenghuang.site.read;

import dev.fenghuang.site.Fixtures;
import dev.fenghuang.site.markup.DiscuzTime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CommentListParserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-06T04:00:00Z"), DiscuzTime.SITE_ZONE);
    private static final String URL = Fixtures.SITE + "portal.php?mod=comment&id=7&idtype=aid";

    private static CommentList page() throws Exception {
        return CommentListParser.parse(Fixtures.document("comments-page.html", URL), CLOCK);
    }

    @Test
    void readsTitleAidAndTotal() throws Exception {
        CommentList list = page();
        assertThat(list.aid()).isEqualTo(7);
        assertThat(list.articleTitle()).isEqualTo("新闻 & \"要闻\" 汇编");
        assertThat(list.total()).isEqualTo(9);
    }

    @Test
    void readsCommentsWithQuotesGuestsAndLineBreaks() throws Exception {
        assertThat(page().comments()).containsExactly(
                new Comment(21, new Person(5, "reader1"), LocalDateTime.of(2016, 11, 8, 9, 30), "第一条\n两行", null,
                        false),
                new Comment(20, Person.GUEST, LocalDateTime.of(2016, 11, 7, 20, 5), "游客回复", "reader1: 引用", false),
                new Comment(18, new Person(7, "reader3"), LocalDateTime.of(2016, 11, 7, 17, 0), "好", null, false));
    }

    @Test
    void readsTheHiddenNoteInTheCommentPageClassOrder() throws Exception {
        assertThat(page().hiddenComments()).isEqualTo(3);
    }

    @Test
    void readsThePagerInsidePgs() throws Exception {
        assertThat(page().page()).isEqualTo(1);
        assertThat(page().pageCount()).isEqualTo(2);
    }

    @Test
    void readsAnEmptyPagePastTheEndAsPageOneOfOne() throws Exception {
        CommentList list = CommentListParser.parse(Fixtures.document("comments-beyond.html", URL + "&page=5"), CLOCK);
        assertThat(list.comments()).isEmpty();
        assertThat(list.hiddenComments()).isZero();
        assertThat(list.pageCount()).isEqualTo(1);
        assertThat(list.total()).isEqualTo(9);
    }
}
