package dev.fenghuang.tui;

import dev.fenghuang.tui.read.ArticleLayout;
import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.StyledLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The article's meta line wraps between its label-and-value groups, never inside 发布者 归来 or 查看 1999. */
class MetaLineWrapTest {
    private static final LineBreaker BREAKER = new LineBreaker(ColumnWidth.of(false));

    private static Article article() {
        Article a = FakeSite.article(1, "标题", List.of("正文"), List.of());
        return new Article(1, a.url(), a.title(), a.category(), a.breadcrumb(), a.published(),
                new Person(7, "归来"), 1999, 0, "何俊笼 廖亚飞", null, null, a.paragraphs(), List.of(), List.of(), 1, 1,
                null, a.reactions(), List.of(), 0, true);
    }

    private static List<String> metaRows(int width, String lang) {
        ArticleLayout layout = ArticleLayout.of(article(), width, Texts.forLanguage(lang), BREAKER);
        List<String> rows = layout.lines().stream().map(StyledLine::text).toList();
        int first = 1;
        int end = rows.indexOf("");
        return rows.subList(first, end);
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 24, 28, 33, 40, 47, 52, 60})
    void chineseLabelsStayWithTheirValues(int width) {
        List<String> rows = metaRows(width, "zh");
        String joined = String.join("\n", rows);
        for (String group : List.of("发布者 归来", "查看 1999", "评论 0", "原作者 何俊笼 廖亚飞")) {
            assertThat(joined).as("width %d:%n%s", width, joined).contains(group);
        }
        assertThat(rows).allSatisfy(r -> assertThat(BREAKER.widths().of(r)).isLessThanOrEqualTo(width));
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 24, 33, 40, 60, 80})
    void thePageLineNamesItsKeysAndNeverSplitsThem(int width) {
        for (String lang : List.of("zh", "en")) {
            Article one = article();
            Article paged = new Article(1, one.url(), one.title(), one.category(), one.breadcrumb(),
                    one.published(), one.publisher(), 1999, 0, null, null, null, one.paragraphs(), List.of(),
                    List.of(), 1, 2, "基本情况", one.reactions(), List.of(), 0, true);
            List<String> rows = ArticleLayout.of(paged, width, Texts.forLanguage(lang), BREAKER).lines().stream()
                    .map(StyledLine::text).toList();
            String keys = Texts.forLanguage(lang).get("meta.pageKeys");

            assertThat(keys).as("the keys [ ] come with words").matches("\\[\u00A0\\].*\\p{L}.*");
            assertThat(rows).as("width %d %s: %s", width, lang, rows).anyMatch(r -> r.contains(keys));
            assertThat(rows).noneMatch(r -> r.endsWith("[") || r.strip().startsWith("]"));
            assertThat(rows).allSatisfy(r -> assertThat(BREAKER.widths().of(r)).isLessThanOrEqualTo(width));
        }
    }

    @Test
    void aGroupWiderThanTheWindowIsStillBrokenToFit() {
        List<String> rows = metaRows(8, "zh");
        assertThat(rows).allSatisfy(r -> assertThat(BREAKER.widths().of(r)).isLessThanOrEqualTo(8));
        assertThat(String.join("", rows).replace(" ", "")).contains("原作者何俊笼廖亚飞");
    }
}
