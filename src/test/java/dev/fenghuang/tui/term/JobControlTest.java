package dev.fenghuang.tui.term;

import dev.fenghuang.tui.FakeClock;
import dev.fenghuang.tui.LoopParts;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.moderate.Triage;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-Z on the virtual terminal: the screen is left and the modes given back before the process stops, and after it
 * continues the modes are taken again and the whole screen drawn.
 */
class JobControlTest {
    static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";

    @TempDir
    static java.nio.file.Path home;
    static PortalReader reader;

    @BeforeAll
    static void open() {
        reader = DemoReader.open(home);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    private final List<String> events = new ArrayList<>();
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));

    private UiLoop reader(JobControl jobs) throws Exception {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, reader, null, Triage.NONE,
                TuiOptions.defaults().withLanguage("zh").withOpenAid(1L),
                new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                        new Clipboard(new ByteArrayOutputStream()), new FakeClock(), new ExternalEditor("false"),
                        () -> events.add("flow control off"), jobs));
        loop.start();
        loop.settle();
        return loop;
    }

    private JobControl recording() {
        JobControl.Modes modes = new JobControl.Modes() {
            @Override
            public void cooked() {
                events.add("cooked");
            }

            @Override
            public void raw() {
                events.add("raw");
            }
        };
        return new JobControl(modes, () -> events.add("stopped; title on screen: " + titleShown()
                + "; cursor shown: " + terminal.isCursorVisible()));
    }

    private boolean titleShown() {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < 80; c++) {
            var ch = terminal.getCharacter(c, 1);
            row.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                c++;
            }
        }
        return row.toString().contains(TITLE);
    }

    @Test
    void ctrlZLeavesTheScreenAndGivesTheModesBackBeforeStoppingThenRedrawsOnContinuing() throws Exception {
        UiLoop loop = reader(recording());
        assertThat(titleShown()).isTrue();

        loop.press(new KeyStroke('z', true, false));
        loop.settle();

        assertThat(events).containsExactly("cooked", "stopped; title on screen: false; cursor shown: true", "raw",
                "flow control off");
        assertThat(titleShown()).isTrue();
        assertThat(terminal.isCursorVisible()).isFalse();
    }

    @Test
    void theContinueSignalAfterCtrlZDoesNotTakeTheTerminalTwice() throws Exception {
        UiLoop loop = reader(recording());
        loop.press(new KeyStroke('z', true, false));
        loop.settle();
        events.clear();

        loop.continued();
        loop.settle();
        assertThat(events).isEmpty();

        loop.continued();
        assertThat(events).containsExactly("raw", "flow control off");
    }

    @Test
    void continuingAfterAStopFromOutsideTakesTheModesAgainAndRedraws() throws Exception {
        UiLoop loop = reader(recording());
        terminal.clearScreen();
        assertThat(titleShown()).isFalse();

        loop.continued();
        loop.settle();

        assertThat(events).containsExactly("raw", "flow control off");
        assertThat(titleShown()).isTrue();
    }

    @Test
    void withoutJobControlCtrlZChangesNothing() throws Exception {
        UiLoop loop = reader(JobControl.NONE);

        loop.press(new KeyStroke('z', true, false));
        loop.settle();

        assertThat(events).isEmpty();
        assertThat(titleShown()).isTrue();
    }
}
