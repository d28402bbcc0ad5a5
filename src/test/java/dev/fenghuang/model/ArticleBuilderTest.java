package dev.fenghuang.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {
    private final Article article = Article.builder().aid(7).url("http://x/portal.php?mod=view&aid=7").title("标题")
            .views(120).commentCount(3).paragraphs(List.of("一", "二")).page(2).pageCount(3).pageTitle("第二页")
            .hiddenComments(1).commentsOpen(true).build();

    @Test
    void valuesGoToTheFieldsTheyAreNamedFor() {
        assertThat(article.views()).isEqualTo(120);
        assertThat(article.commentCount()).isEqualTo(3);
        assertThat(article.page()).isEqualTo(2);
        assertThat(article.pageCount()).isEqualTo(3);
        assertThat(article.hiddenComments()).isEqualTo(1);
    }

    @Test
    void aBuilderFromAnArticleGivesItBackAndChangesOnlyWhatItIsTold() {
        assertThat(article.toBuilder().build()).isEqualTo(article);
        Article first = article.toBuilder().page(1).pageTitle(null).build();
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.pageTitle()).isNull();
        assertThat(first.views()).isEqualTo(article.views());
        assertThat(first.paragraphs()).isEqualTo(article.paragraphs());
    }

    @Test
    void anEmptyBuilderIsPageOneOfOneWithEmptyLists() {
        Article empty = Article.builder().build();
        assertThat(empty.title()).isEmpty();
        assertThat(empty.page()).isEqualTo(1);
        assertThat(empty.pageCount()).isEqualTo(1);
        assertThat(empty.paragraphs()).isEmpty();
        assertThat(empty.comments()).isEmpty();
        assertThat(empty.commentsOpen()).isFalse();
    }
}
