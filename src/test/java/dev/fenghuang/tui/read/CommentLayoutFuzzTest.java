package dev.fenghuang.tui.read;

import dev.fenghuang.tui.FuzzLayouts;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.TextBlock;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.app.Texts;

/** Any comments with any counts, at any width: every row fits and is clean. */
public class CommentLayoutFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void laysOutAnyCommentsWithinTheWidth(FuzzedDataProvider data) {
        FuzzReport.input();
        LineBreaker breaker = FuzzLayouts.breaker(data);
        Texts texts = FuzzLayouts.texts(data);
        int width = data.consumeInt(-2, 200);
        TextBlock out = new TextBlock(breaker, width);
        CommentLayout.heading(out, data.consumeLong(), data.consumeInt(0, 100), texts);
        CommentLayout.comments(out, FuzzLayouts.comments(data), data.consumeInt(), texts, data.consumeBoolean());
        FuzzLayouts.assertFitAndClean(out.lines(), width, breaker);
    }
}
