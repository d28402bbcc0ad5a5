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

    /** A channel on which nothing is typed: a read waits, as MINA's pipe does, until the pipe is closed. */
    private static final class QuietChannel extends java.io.InputStream {
        final java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

        @Override
        public int read() throws IOException {
            return read(new byte[1], 0, 1);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            reading.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("Closed");
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    /**
     * The reader waits for a key in a blocking read (no poll: idle sessions cost no CPU); a session ended on the
     * server's side (idle too long, the service stopping) must still end that read, as the end of the input.
     */
    @Test
    void aSessionEndedWhileTheReaderWaitsInARead() throws Exception {
        QuietChannel channel = new QuietChannel();
        ChannelTerminal terminal = new ChannelTerminal(channel, new ByteArrayOutputStream(), new TerminalSize(80, 24));
        java.util.concurrent.ExecutorService input = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-input");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<KeyStroke> key = input.submit(terminal::readInput);
            assertThat(channel.reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            terminal.channelClosed();

            assertThat(key.get(10, java.util.concurrent.TimeUnit.SECONDS).getKeyType()).isEqualTo(KeyType.EOF);
        } finally {
            input.shutdownNow();
        }
    }
}
