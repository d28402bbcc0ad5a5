package dev.fenghuang.tui.term;

import dev.fenghuang.tui.screen.WholeCharacterTerminal;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal, whose modes can be handed back to the shell and taken again while it stays open: Lanterna
 * saves the settings ({@code stty -g}) when it starts and only puts them back when it closes. Characters outside
 * the BMP go out whole, as {@link WholeCharacterTerminal} sends them. When it captures the mouse it asks for SGR
 * reports (mode 1006, which {@link SgrMousePattern} reads) for as long as the screen is its own: Lanterna asks only
 * for the X10 encoding, which stops at column 223 and clashes with UTF-8.
 */
public final class JobControlTerminal extends WholeCharacterTerminal implements JobControl.Modes {
    private static final byte[] SGR_MOUSE_ON = "\u001b[?1006h".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SGR_MOUSE_OFF = "\u001b[?1006l".getBytes(StandardCharsets.US_ASCII);

    private boolean mouse;
    private boolean sgrMouseOn;

    public JobControlTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    @Override
    public void setMouseCaptureMode(MouseCaptureMode mode) throws IOException {
        super.setMouseCaptureMode(mode);
        mouse = mode != null;
    }

    /** Takes the screen (the alternate screen, the mouse as set), then asks for SGR mouse reports. */
    @Override
    public void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        if (mouse) {
            writeToTerminal(SGR_MOUSE_ON);
            flush();
            sgrMouseOn = true;
        }
    }

    /** Stops the SGR mouse reports, then gives the screen back (Lanterna turns the mouse capture off). */
    @Override
    public void exitPrivateMode() throws IOException {
        if (sgrMouseOn) {
            writeToTerminal(SGR_MOUSE_OFF);
            sgrMouseOn = false;
        }
        super.exitPrivateMode();
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
