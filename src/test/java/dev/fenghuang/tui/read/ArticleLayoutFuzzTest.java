package dev.fenghuang.tui.read;

import dev.fenghuang.tui.FuzzLayouts;
import dev.fenghuang.tui.text.LineBreaker;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.Image;
import dev.fenghuang.model.Link;
import dev.fenghuang.model.Reaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Any article a site could send, at any width: every row fits and is clean, each reference is numbered once, and
 * the rows named as the comments heading and the comments' starts are rows of the layout.
 */
public class ArticleLayoutFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void laysOutAnyArticleWithinTheWidth(FuzzedDataProvider data) {
        FuzzReport.input();
        LineBreaker breaker = FuzzLayouts.breaker(data);
        var texts = FuzzLayouts.texts(data);
        int width = data.consumeInt(-2, 200);
        Article article = article(data);
        ArticleLayout layout = ArticleLayout.of(article, width, texts, breaker);
        FuzzLayouts.assertFitAndClean(layout.lines(), width, breaker);
        assertThat(layout.references()).hasSize(article.links().size() + article.images().size());
        assertThat(layout.commentsLine()).isBetween(0, layout.lines().size() - 1);
        assertThat(layout.commentLines()).hasSize(article.comments().size())
                .allSatisfy(row -> assertThat(row).isBetween(0, layout.lines().size() - 1));
    }

    private static Article article(FuzzedDataProvider data) {
        Category category = data.consumeBoolean() ? null : new Category(data.consumeInt(), FuzzLayouts.text(data));
        List<Category> crumbs = category == null ? List.of() : List.of(category);
        List<String> paragraphs = new ArrayList<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            paragraphs.add(FuzzLayouts.text(data));
        }
        List<Image> images = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            images.add(new Image(FuzzLayouts.text(data), FuzzLayouts.text(data), data.consumeInt()));
        }
        List<Link> links = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            links.add(new Link(FuzzLayouts.text(data), FuzzLayouts.text(data), data.consumeInt()));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (int i = data.consumeInt(0, 5); i > 0; i--) {
            reactions.add(new Reaction(data.consumeInt(), FuzzLayouts.text(data), data.consumeInt()));
        }
        return new Article(data.consumeLong(), FuzzLayouts.text(data), FuzzLayouts.text(data), category, crumbs,
                FuzzLayouts.time(data), FuzzLayouts.person(data), data.consumeLong(), data.consumeLong(),
                FuzzLayouts.text(data), FuzzLayouts.text(data), data.consumeBoolean() ? null : FuzzLayouts.text(data),
                paragraphs, images, links, data.consumeInt(), data.consumeInt(),
                data.consumeBoolean() ? null : FuzzLayouts.text(data), reactions, FuzzLayouts.comments(data),
                data.consumeInt(), data.consumeBoolean());
    }
}
