package dev.fenghuang.tui.term;

import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.InputDecoder;
import java.util.ArrayList;
import java.util.List;

/** What the reader adds to Lanterna's key decoding. */
public final class InputPatterns {
    private InputPatterns() {
    }

    /**
     * Makes {@code decoder} read every control sequence whole (an unknown one as a key the reader drops) and, when
     * the mouse is captured, SGR mouse reports. The decoder takes the last pattern that matches in full, so the
     * catch-all goes first and the rest keep their meaning.
     */
    public static void install(InputDecoder decoder, boolean sgrMouse) {
        List<CharacterPattern> known = new ArrayList<>(decoder.getPatterns());
        known.forEach(decoder::removePattern);
        List<CharacterPattern> all = new ArrayList<>();
        all.add(new UnknownCsiPattern());
        all.addAll(known);
        if (sgrMouse) {
            all.add(new SgrMousePattern());
        }
        decoder.addProfile(() -> all);
    }
}
