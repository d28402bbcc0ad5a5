package dev.fenghuang.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTerminalTest {
    /** The keys the terminal decodes from {@code typed}, polled for at most two seconds (the channel stays open). */
    private static List<KeyStroke> keys(String typed, int expected) throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream channel = new PipedInputStream(client);
        ChannelTerminal terminal = new ChannelTerminal(channel, new ByteArrayOutputStream(), new TerminalSize(80, 24));
        client.write(typed.getBytes(StandardCharsets.UTF_8));
        client.flush();
        List<KeyStroke> keys = new ArrayList<>();
        long end = System.nanoTime() + 2_000_000_000L;
        while (keys.size() < expected && System.nanoTime() < end) {
            KeyStroke k = terminal.pollInput();
            if (k == null) {
                Thread.sleep(10);
            } else {
                keys.add(k);
            }
        }
        return keys;
    }

    private static List<KeyType> types(List<KeyStroke> keys) {
        return keys.stream().map(KeyStroke::getKeyType).toList();
    }

    /**
     * Over SSH the client's Enter arrives as CR: no tty of the server's turns it into LF (ICRNL), and Lanterna's
     * decoder held a lone CR forever, and every key after it, as the start of a CR NUL.
     */
    @Test
    void enterSentAsCarriageReturnIsEnterAndTheKeysAfterItArrive() throws Exception {
        List<KeyStroke> keys = keys("pw\rq", 4);

        assertThat(types(keys)).containsExactly(KeyType.Character, KeyType.Character, KeyType.Enter,
                KeyType.Character);
        assertThat(keys.get(3).getCharacter()).isEqualTo('q');
    }

    @Test
    void aLineFeedAndTextAroundACarriageReturnAreKept() throws Exception {
        List<KeyStroke> keys = keys("渠\n\r县", 4);

        assertThat(types(keys)).containsExactly(KeyType.Character, KeyType.Enter, KeyType.Enter, KeyType.Character);
        assertThat(keys.get(0).getCharacter()).isEqualTo('渠');
        assertThat(keys.get(3).getCharacter()).isEqualTo('县');
    }

    @Test
    void theInputEndsWhenTheChannelCloses() throws IOException {
        PipedOutputStream client = new PipedOutputStream();
        ChannelTerminal terminal = new ChannelTerminal(new PipedInputStream(client), new ByteArrayOutputStream(),
                new TerminalSize(80, 24));
        client.write('\r');
        client.close();

        assertThat(terminal.readInput().getKeyType()).isEqualTo(KeyType.Enter);
        assertThat(terminal.readInput().getKeyType()).isEqualTo(KeyType.EOF);
    }

    /** A closed channel's pipe says "nothing yet" for ever to a poll; the reader must see the input end instead. */
    @Test
    void aClosedChannelEndsTheInputForAPollingReader() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        ChannelTerminal terminal = new ChannelTerminal(new PipedInputStream(client), new ByteArrayOutputStream(),
                new TerminalSize(80, 24));
        assertThat(terminal.pollInput()).isNull();

        terminal.channelClosed();

        assertThat(terminal.pollInput().getKeyType()).isEqualTo(KeyType.EOF);
    }
}
