package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a one-line scroll costs on the wire: every frame of {@code j} down the whole demo article and {@code k} back
 * up, at 80×24 through Lanterna's ANSI terminal, stays within 200 bytes, and a page within 2.5 KB, with colours and
 * under {@code NO_COLOR} alike. A byte count, not a timing. After every frame, what a terminal makes of the bytes
 * ({@link AnsiScreenModel}) must be the frame, cell for cell ({@link WireRig}): no saving may leave a cell wrong.
 */
class ScrollBytesTest {
    static final int LINE_BUDGET = 200;
    static final int PAGE_BUDGET = 2560;
    /** More presses than the demo article has lines: the walk stops when the position stops changing. */
    static final int MOST_PRESSES = 400;

    @TempDir
    static Path home;
    static PortalReader reader;

    @BeforeAll
    static void open() {
        reader = DemoReader.open(home);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    /** The reader on the demo article at 80×24, everything it sends kept. */
    private static WireRig rig(boolean monochrome) throws Exception {
        return WireRig.open(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L).withMonochrome(monochrome),
                MOST_PRESSES, loop -> { });
    }

    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void everyOneLineScrollDownTheArticleAndBackStaysWithinTheBudget(boolean monochrome) throws Exception {
        WireRig rig = rig(monochrome);
        List<String> down = rig.walk("j");
        List<String> up = rig.walk("k");

        assertThat(down.size()).as("lines scrolled down").isGreaterThan(40);
        assertThat(up.size()).as("lines scrolled up").isGreaterThan(40);
        assertThat(WireRig.over(down, LINE_BUDGET)).as("one-line scrolls down over %d B", LINE_BUDGET).isEmpty();
        assertThat(WireRig.over(up, LINE_BUDGET)).as("one-line scrolls up over %d B", LINE_BUDGET).isEmpty();
    }

    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void aPageDownStaysWithinTheBudget(boolean monochrome) throws Exception {
        WireRig rig = rig(monochrome);

        assertThat(WireRig.bytes(rig.frameFor("Space"))).isLessThanOrEqualTo(PAGE_BUDGET);
    }
}
