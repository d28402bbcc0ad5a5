package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a one-line scroll in a thread costs on the wire: every frame of {@code j} down each page of the demo's long
 * thread (tid 1) and {@code k} back up, at 80×24 through Lanterna's ANSI terminal, stays within 200 bytes, with
 * colours and without; the floor under the cursor moving its mark included. A byte count, not a timing; after every
 * frame what a terminal makes of the bytes must be the frame, cell for cell.
 */
class ForumScrollBytesTest {
    static final int LINE_BUDGET = ScrollBytesTest.LINE_BUDGET;
    static final int MOST_PRESSES = 200;

    @TempDir
    static Path home;
    static PortalSession session;

    @BeforeAll
    static void open() {
        session = DemoReader.session(home);
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    /** The reader at 80×24 on the forum tab, in thread tid 1 (opened with {@code :1}), everything it sends kept. */
    private static WireRig rig(boolean monochrome) throws Exception {
        WireRig rig = WireRig.open(session.reader(), TuiOptions.defaults().withLanguage("zh")
                .withMonochrome(monochrome), MOST_PRESSES, loop -> loop.forum(Tui.forumOf(session)));
        rig.frameFor("Tab");
        rig.frameFor(":");
        rig.frameFor("1");
        rig.frameFor("Enter");
        return rig;
    }

    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void everyOneLineScrollThroughTheLongThreadStaysWithinTheBudget(boolean monochrome) throws Exception {
        WireRig rig = rig(monochrome);
        assertThat(rig.statusRow()).contains("1/7");
        List<String> down = new ArrayList<>();
        List<String> up = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            down.addAll(rig.walk("j"));
            up.addAll(rig.walk("k"));
            rig.frameFor("]");
        }
        int most = down.stream().mapToInt(WireRig::bytes).max().orElse(0);
        int mostUp = up.stream().mapToInt(WireRig::bytes).max().orElse(0);
        System.out.printf("forum thread one-line scroll, monochrome %s: %d frames down (max %d B), %d up (max %d B)%n",
                monochrome, down.size(), most, up.size(), mostUp);
        assertThat(down.size()).as("lines scrolled down").isGreaterThan(30);
        assertThat(WireRig.over(down, LINE_BUDGET)).as("one-line scrolls down over %d B", LINE_BUDGET)
                .isEmpty();
        assertThat(WireRig.over(up, LINE_BUDGET)).as("one-line scrolls up over %d B", LINE_BUDGET).isEmpty();
    }
}
