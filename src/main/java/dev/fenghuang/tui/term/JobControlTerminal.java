package dev.fenghuang.tui.term;

import dev.fenghuang.tui.screen.WholeCharacterTerminal;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;

/**
 * Lanterna's Unix terminal, whose modes can be handed back to the shell and taken again while it stays open: Lanterna
 * saves the settings ({@code stty -g}) when it starts and only puts them back when it closes. Characters outside
 * the BMP go out whole, as {@link WholeCharacterTerminal} sends them. When it captures the mouse it asks for SGR
 * reports (mode 1006, which {@link SgrMousePattern} reads) for as long as the screen is its own: Lanterna asks only
 * for the X10 encoding, which stops at column 223 and clashes with UTF-8.
 * <p>
 * The reader's modes (no line editing, no echo, Ctrl-C a key, no XON/XOFF flow control, so Ctrl-S reaches the
 * editor) are set with one {@code stty} run: Lanterna runs one per mode, and each run is a process started on the
 * way to the first frame.
 */
public final class JobControlTerminal extends WholeCharacterTerminal implements JobControl.Modes {
    private static final byte[] SGR_MOUSE_ON = "\u001b[?1006h".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SGR_MOUSE_OFF = "\u001b[?1006l".getBytes(StandardCharsets.US_ASCII);
    /** Flow control goes with the other modes: the settings saved before put it back on exit. */
    private static final List<String> NO_FLOW_CONTROL = List.of("-ixon");

    private boolean mouse;
    private boolean sgrMouseOn;
    /*
     * Lanterna takes the terminal inside its constructor, before this class's initializers run, so these two have
     * none: what the superclass constructor puts in them stays.
     */
    /** The stty words of the modes asked for and not yet set. */
    private List<String> modeWords;
    /** Whether a mode asked for is set at once by a stty run of its own; while not, it waits for the others. */
    private boolean oneByOne;
    /** How many times the terminal was asked its size. */
    private int sizeQuestions;
    /** The first answer, until it is used again or a resize is signalled. */
    private volatile TerminalSize firstSize;

    public JobControlTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        oneByOne = true;
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
        oneByOne = false;
        try {
            canonicalMode(false);
            keyEchoEnabled(false);
            keyStrokeSignalsEnabled(false);
        } finally {
            oneByOne = true;
        }
        setModes();
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || oneByOne) {
            super.canonicalMode(enabled);
        } else {
            ask("-icanon", "min", "1");
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || oneByOne) {
            super.keyEchoEnabled(enabled);
        } else {
            ask("-echo");
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || oneByOne) {
            super.keyStrokeSignalsEnabled(enabled);
        } else {
            ask("intr", "undef");
        }
    }

    /**
     * Lanterna's last step in taking the terminal, after the modes were asked for: they are set first. A resize
     * signalled (SIGWINCH) forgets the first size, so that it is asked again. The handler is set here rather than by
     * Lanterna, which reaches {@code sun.misc.Signal} by reflection through a proxy class generated at run time; a
     * JVM without the signal leaves resizes unnoticed, as Lanterna does.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        setModes();
        try {
            Signal.handle(new Signal("WINCH"), signal -> {
                firstSize = null;
                onResize.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // resizes go unnoticed; the size asked at start stays
        }
    }

    /**
     * The terminal's size, asked of the terminal (a round trip to it, which waits for its answer); the second question
     * is answered with the first answer when no resize was signalled between: a screen asks once when it is made and
     * again when it starts, moments later, on the way to the first frame. The cursor is back where it was when this
     * returns: Lanterna moves it to ask and puts it back after the question without sending that, and a reader whose
     * session could not be opened gives the terminal back before anything else is sent.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        sizeQuestions++;
        TerminalSize kept = firstSize;
        firstSize = null;
        if (kept != null && sizeQuestions == 2) {
            return kept;
        }
        TerminalSize asked = super.findTerminalSize();
        flush();
        if (sizeQuestions == 1) {
            firstSize = asked;
        }
        return asked;
    }

    private void ask(String... words) {
        if (modeWords == null) {
            modeWords = new ArrayList<>();
        }
        modeWords.addAll(List.of(words));
    }

    private void setModes() throws IOException {
        List<String> words = new ArrayList<>(modeWords == null ? List.of() : modeWords);
        modeWords = null;
        words.addAll(NO_FLOW_CONTROL);
        runSTTYCommand(words.toArray(String[]::new));
    }
}
