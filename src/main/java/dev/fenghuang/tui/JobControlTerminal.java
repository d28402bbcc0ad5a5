package dev.fenghuang.tui;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, whose modes can be handed back to the shell and taken again while it stays open: Lanterna
 * saves the settings ({@code stty -g}) when it starts and only puts them back when it closes. Characters outside
 * the BMP go out whole, as {@link WholeCharacterTerminal} sends them.
 */
final class JobControlTerminal extends WholeCharacterTerminal implements JobControl.Modes {

    JobControlTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    @Override
    public void cooked() throws IOException {
        restoreTerminalSettings();
    }

    @Override
    public void raw() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }
}
