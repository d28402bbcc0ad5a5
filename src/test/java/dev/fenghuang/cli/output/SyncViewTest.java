package dev.fenghuang.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import dev.fenghuang.app.sync.SyncItem;
import dev.fenghuang.app.sync.SyncListener;
import dev.fenghuang.app.sync.SyncSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SyncViewTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private SyncView view(SyncView.Mode mode) {
        return new SyncView(Texts.forLanguage("en"), new PrintWriter(text), mode, 60, now::get);
    }

    @Test
    void withoutATerminalEachItemIsOneLine() {
        view(SyncView.Mode.LINES).item(SyncItem.article(12, 1), "渠县召开会议", SyncListener.Outcome.OK, "", 3, 9);
        assertThat(text.toString()).isEqualTo("article 12 渠县召开会议 ok" + System.lineSeparator());
    }

    @Test
    void theSitesTitleCannotMoveTheCursor() {
        view(SyncView.Mode.LINES).item(SyncItem.article(12, 1), "渠县\u001b[2J\u001b]0;x\u0007会议\r",
                SyncListener.Outcome.OK, "", 1, 1);
        assertThat(text.toString()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r");
    }

    @Test
    void theProgressBarIsOneRowWideWhateverTheTitle() {
        SyncView v = view(SyncView.Mode.BAR);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        String bar = v.bar("县教育局启动城区道路改造工程县教育局启动城区道路改造工程县教育局启动城区道路改造工程", 5, 20);
        assertThat(SyncView.Cells.width(bar)).isEqualTo(59);
        assertThat(bar).startsWith("[#####...............] 5/20 ").endsWith("…");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndProblemsKeepALine() {
        SyncView v = view(SyncView.Mode.BAR);
        v.item(SyncItem.list(2, 1), "渠县", SyncListener.Outcome.OK, "", 1, 4);
        v.item(SyncItem.article(3, 1), "文章", SyncListener.Outcome.SKIPPED, "抱歉", 2, 4);
        String out = text.toString();
        assertThat(out).startsWith("\r[#####").contains("article 3 文章 skipped: 抱歉" + System.lineSeparator());
        assertThat(out.split(System.lineSeparator(), -1)).as("one finished line, then the bar").hasSize(2);
    }

    @Test
    void theSummarySaysWhatWasDoneAndHowFast() {
        view(SyncView.Mode.LINES).summary(new SyncSummary(10, 12, 10, 4, 1, 2, Duration.ofSeconds(5),
                Optional.empty(), false));
        assertThat(text.toString()).contains("synced 10 of 12 items (10 this run, 4 articles) in 5.0 s: "
                + "2.0 items/s, 0.8 articles/s; 1 skipped, 2 left for the next run");
    }

    @Test
    void aRunStoppedHalfWayCountsEveryItemNotDoneAsLeft() {
        // one item failed, then the site went away with nine more never tried: ten are left, not one
        view(SyncView.Mode.LINES).summary(new SyncSummary(2, 12, 2, 1, 0, 1, Duration.ofSeconds(1),
                Optional.of("Connection refused"), false));
        assertThat(text.toString()).contains("0 skipped, 10 left for the next run");
    }
}
