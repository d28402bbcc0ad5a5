package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * The process's Unix terminal, sending characters outside the BMP whole rather than as "??" (see
 * {@link SurrogatePairs}), and each character's own UTF-8 bytes, made without an encoder (see {@link TerminalBytes}).
 */
public class WholeCharacterTerminal extends UnixTerminal {
    private final TerminalBytes bytes;

    public WholeCharacterTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC)
            throws IOException {
        super(in, out, charset, ctrlC);
        this.bytes = new TerminalBytes(charset);
    }

    @Override
    protected byte[] translateCharacter(char c) {
        byte[] own = bytes.of(c);
        return own != null ? own : super.translateCharacter(c);
    }
}
