package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.tui.GoToTarget.Kind;
import org.junit.jupiter.api.Test;

class GoToTargetTest {
    @Test
    void readsArticleAndListUrls() {
        assertThat(GoToTarget.parse("http://qx.example/portal.php?mod=view&aid=123"))
                .contains(new GoToTarget(Kind.ARTICLE, 123));
        assertThat(GoToTarget.parse("http://qx.example/article-45-1.html")).contains(new GoToTarget(Kind.ARTICLE, 45));
        assertThat(GoToTarget.parse("http://qx.example/portal.php?mod=list&catid=7"))
                .contains(new GoToTarget(Kind.CATEGORY, 7));
    }

    @Test
    void readsWordsAndBareNumbers() {
        assertThat(GoToTarget.parse("aid 9")).contains(new GoToTarget(Kind.ARTICLE, 9));
        assertThat(GoToTarget.parse(" CATID=3 ")).contains(new GoToTarget(Kind.CATEGORY, 3));
        assertThat(GoToTarget.parse("42")).contains(new GoToTarget(Kind.ARTICLE, 42));
    }

    @Test
    void rejectsTheRest() {
        assertThat(GoToTarget.parse("hello")).isEmpty();
        assertThat(GoToTarget.parse("aid 0")).isEmpty();
        assertThat(GoToTarget.parse("catid 99999999999")).isEmpty();
    }
}
