package dev.fenghuang.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal on an SSH channel's streams: its size is the one the client's PTY request and window-change
 * messages said, never asked of a tty of the server's (as Lanterna's Unix terminal would with stty); Enter, which the
 * client sends as CR, reaches the key decoder as LF, as a tty's line discipline would pass it on.
 */
final class ChannelTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    private final CarriageReturnAsEnter keys;

    ChannelTerminal(InputStream in, OutputStream out, TerminalSize size) {
        this(new CarriageReturnAsEnter(in), out, size);
    }

    private ChannelTerminal(CarriageReturnAsEnter keys, OutputStream out, TerminalSize size) {
        super(keys, out, StandardCharsets.UTF_8);
        this.keys = keys;
        this.size = size;
    }

    /** The channel closed: the next poll for a key fails as at the end of a terminal's input. */
    void channelClosed() {
        keys.ended();
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** The client's window changed: the next frame is laid out for the new size. */
    void resized(TerminalSize newSize) {
        size = newSize;
        onResized(newSize);
    }

    /**
     * The size in the {@code COLUMNS} and {@code LINES} of an SSH environment (which MINA fills from the PTY request and
     * keeps up with window changes), each at least 1 and at most 1000; empty when there was no PTY request.
     */
    static java.util.Optional<TerminalSize> of(java.util.Map<String, String> env) {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", ""));
            int lines = Integer.parseInt(env.getOrDefault("LINES", ""));
            return java.util.Optional.of(new TerminalSize(Math.max(1, Math.min(columns, 1000)),
                    Math.max(1, Math.min(lines, 1000))));
        } catch (NumberFormatException noPty) {
            return java.util.Optional.empty();
        }
    }
}
