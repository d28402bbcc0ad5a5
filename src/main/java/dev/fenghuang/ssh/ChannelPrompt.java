package dev.fenghuang.ssh;

import dev.fenghuang.cli.option.PasswordSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Asks for a secret on the terminal of an exec request that has one ({@code ssh -t host login --username NAME}): the
 * prompt goes to the channel, the typed line is read from it up to Enter and never echoed (the client's terminal is
 * raw, so nothing of it shows). Backspace takes back a character; Ctrl-C or Ctrl-D gives an empty answer. The bytes
 * read are wiped.
 */
final class ChannelPrompt implements PasswordSource.Asker {
    private static final int MAX = 1024;

    private final InputStream in;
    private final OutputStream out;

    ChannelPrompt(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public char[] ask(String prompt) throws IOException {
        out.write(prompt.getBytes(StandardCharsets.UTF_8));
        out.flush();
        byte[] typed = new byte[MAX];
        int length = 0;
        try {
            for (int b = in.read(); b != '\r' && b != '\n'; b = in.read()) {
                if (b == -1 || b == 3 || b == 4) {
                    length = 0;
                    break;
                } else if (b == 0x7f || b == 0x08) {
                    length = lastCharacterStart(typed, length);
                } else if (length < MAX) {
                    typed[length++] = (byte) b;
                }
            }
            return decode(typed, length);
        } finally {
            Arrays.fill(typed, (byte) 0);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    /** Where the last UTF-8 character of the first {@code length} bytes starts (0 when none). */
    private static int lastCharacterStart(byte[] bytes, int length) {
        int i = length - 1;
        while (i > 0 && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return Math.max(i, 0);
    }

    private static char[] decode(byte[] raw, int length) {
        try {
            return PasswordSource.utf8(raw, length);
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException("what was typed is not UTF-8: nothing was sent");
        }
    }

    /**
     * The output of a command on a terminal the server has no line discipline for: each line end goes as CR LF, as a
     * tty would turn it, so that lines start at the left on the client's raw terminal.
     */
    static OutputStream lineEnds(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                if (b == '\n') {
                    out.write('\r');
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }
        };
    }
}
