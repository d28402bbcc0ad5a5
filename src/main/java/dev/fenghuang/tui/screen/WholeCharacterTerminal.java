package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * The process's Unix terminal, sending characters outside the BMP whole rather than as "??" (see
 * {@link SurrogatePairs}).
 */
public class WholeCharacterTerminal extends UnixTerminal {
    private final SurrogatePairs pairs;

    public WholeCharacterTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC)
            throws IOException {
        super(in, out, charset, ctrlC);
        this.pairs = new SurrogatePairs(charset);
    }

    @Override
    protected byte[] translateCharacter(char c) {
        byte[] whole = pairs.encode(c);
        return whole != null ? whole : super.translateCharacter(c);
    }
}
