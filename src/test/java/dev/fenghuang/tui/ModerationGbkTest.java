package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue on a GBK portal: the same Chinese on screen, a batch sent and told. */
class ModerationGbkTest {
    @TempDir
    Path home;

    @Test
    void aBatchOfTwoGoesThroughOnAGbkPortal() throws Exception {
        try (DemoSession demo = DemoSession.open(home, Charset.forName("GBK"));
             ScreenTester t = ModerationScreens.reader(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "admin", "admin123");
            t.press("M");
            t.write("admin123").press("Enter");
            QueueEntry first = demo.session().moderation().queue(QueueFilter.pending(), 1).entries().get(0);
            assertThat(t.text()).contains(first.author().name()).contains(first.articleTitle());
            t.press("Space", "j", "Space", "a", "x", "y");
            assertThat(t.text()).contains("2 个决定中有 2 个已生效");
        }
    }
}
