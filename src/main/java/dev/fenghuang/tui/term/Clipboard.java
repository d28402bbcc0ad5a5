package dev.fenghuang.tui.term;

import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.write.Writes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Copies text to the clipboard of the terminal the user sits at with the OSC 52 escape sequence, so it works over
 * SSH. Under tmux the sequence reaches the outer terminal when tmux's {@code set-clipboard} is on.
 */
public final class Clipboard {
    /** Terminals cap what they accept; a link is far shorter. */
    static final int MAX_BYTES = 74_994;

    private final OutputStream terminal;

    public Clipboard(OutputStream terminal) {
        this.terminal = terminal;
    }

    /** The escape sequence that puts {@code text} on the clipboard. */
    static byte[] sequence(String text) {
        byte[] utf8 = TerminalText.clean(text).getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_BYTES) {
            throw new IllegalArgumentException("too long to copy: " + utf8.length + " bytes");
        }
        String osc = "\u001B]52;c;" + Base64.getEncoder().encodeToString(utf8) + "\u0007";
        return osc.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes another escape sequence (a hyperlink) to the same terminal, past the screen's buffer. */
    public void send(byte[] sequence) throws IOException {
        if (sequence.length > 0) {
            terminal.write(sequence);
            terminal.flush();
        }
    }

    public void copy(String text) throws IOException {
        terminal.write(sequence(text));
        terminal.flush();
    }
}
