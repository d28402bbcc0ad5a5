package dev.fenghuang.tui.text;

import dev.fenghuang.tui.read.ArticleLayoutFuzzTest;
import dev.fenghuang.tui.read.CommentLayout;
import dev.fenghuang.tui.read.CommentLayoutFuzzTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Found by CommentLayoutFuzzTest and ArticleLayoutFuzzTest: in a narrow window labels and prefixes stuck out. */
class TextBlockTest {
    private final LineBreaker breaker = new LineBreaker(ColumnWidth.NARROW_AMBIGUOUS);
    private final Texts texts = Texts.forLanguage("en");

    private void assertFits(TextBlock out, int width) {
        assertThat(out.lines()).allSatisfy(l -> assertThat(breaker.widths().of(l.text())).isLessThanOrEqualTo(width));
    }

    @Test
    void wrapsTheCommentsHeadingInANarrowWindow() {
        TextBlock out = new TextBlock(breaker, 6);
        CommentLayout.heading(out, 12, 0, texts);
        assertFits(out, 6);
        assertThat(out.lines().get(0).text()).isEqualTo("Commen");
    }

    @Test
    void putsAPrefixWiderThanTheWindowOnItsOwnLine() {
        TextBlock out = new TextBlock(breaker, 4);
        out.wrap("http://x.example/", Style.REFERENCE, "[12] ", 4, Style.REFERENCE);
        assertFits(out, 4);
        assertThat(out.lines().get(0).text()).isEqualTo("[12]");
        assertThat(out.lines().get(1).text()).startsWith("ht");
    }

    @Test
    void givesUpAnIndentThatLeavesNoRoomForText() {
        TextBlock out = new TextBlock(breaker, 5);
        CommentLayout.comment(out, new Comment(1, new Person(2, "a"), null, "好文好文好文", "引用", false), texts, "");
        assertFits(out, 5);
        assertThat(out.lines()).extracting(StyledLine::text).contains(">", "引", "  好");
    }

    @Test
    void keepsTheLinesOfAWideWindowAsTheyWere() {
        TextBlock out = new TextBlock(breaker, 80);
        out.wrap("http://x.example/", Style.REFERENCE, "[12] ", 4, Style.REFERENCE);
        CommentLayout.heading(out, 3, 0, texts);
        assertThat(out.lines()).extracting(StyledLine::text)
                .isEqualTo(List.of("[12] http://x.example/", "Comments (3)", "Press c for all 3 comments", ""));
    }
}
