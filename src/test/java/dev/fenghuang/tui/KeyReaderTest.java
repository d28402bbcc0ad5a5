package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The input thread of a terminal nothing takes away (an SSH channel: no external editor, no job control) waits in a
 * read for the next key: fifty idle sessions then cost no CPU, where a poll every 10 ms woke each a hundred times a
 * second. A terminal that may be handed over keeps polling, so that it can stand aside.
 */
class KeyReaderTest {
    /** A virtual terminal that counts the polls for a key; its blocking read waits for a key added. */
    private static final class CountingTerminal extends DefaultVirtualTerminal {
        final AtomicInteger polls = new AtomicInteger();

        CountingTerminal() {
            super(new TerminalSize(80, 24));
        }

        @Override
        public synchronized KeyStroke pollInput() {
            polls.incrementAndGet();
            return super.pollInput();
        }
    }

    private final CountingTerminal terminal = new CountingTerminal();
    private final BlockingQueue<KeyStroke> received = new LinkedBlockingQueue<>();

    private KeyReader reader(boolean terminalKept) throws java.io.IOException {
        return new KeyReader(new TerminalScreen(terminal), received::add, () -> { }, () -> true, terminalKept);
    }

    @Test
    void aKeptTerminalIsReadWithoutPolling() throws Exception {
        reader(true).start();

        terminal.addInput(new KeyStroke('j', false, false));
        KeyStroke first = received.poll(10, TimeUnit.SECONDS);
        terminal.addInput(new KeyStroke(KeyType.EOF));
        KeyStroke last = received.poll(10, TimeUnit.SECONDS);

        assertThat(first).isNotNull();
        assertThat(first.getCharacter()).isEqualTo('j');
        assertThat(last).isNotNull();
        assertThat(last.getKeyType()).isEqualTo(KeyType.EOF);
        assertThat(terminal.polls).hasValue(0);
    }

    @Test
    void aTerminalThatMayBeHandedOverIsPolledAndStandsAsideWhenPaused() throws Exception {
        KeyReader keys = reader(false);
        keys.start();
        terminal.addInput(new KeyStroke('j', false, false));
        assertThat(received.poll(10, TimeUnit.SECONDS)).isNotNull();

        keys.pause(true);
        int polled = terminal.polls.get();
        terminal.addInput(new KeyStroke('k', false, false));
        keys.pause(false);
        KeyStroke after = received.poll(10, TimeUnit.SECONDS);

        assertThat(polled).isPositive();
        assertThat(after).isNotNull();
        assertThat(after.getCharacter()).isEqualTo('k');
    }
}
