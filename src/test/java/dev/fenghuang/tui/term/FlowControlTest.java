package dev.fenghuang.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Flow control is turned off by the terminal when taken, and again by every later start of the screen. */
class FlowControlTest {
    @Test
    void theFirstStartLeavesItToTheTerminalEveryLaterOneTurnsItOff() {
        AtomicInteger turnedOff = new AtomicInteger();
        Runnable started = FlowControl.exceptTheFirstRun(turnedOff::incrementAndGet);
        started.run();
        assertThat(turnedOff).hasValue(0);
        started.run();
        started.run();
        assertThat(turnedOff).hasValue(2);
    }
}
