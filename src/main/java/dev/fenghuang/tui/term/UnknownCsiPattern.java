package dev.fenghuang.tui.term;

import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Any control sequence (ESC [, parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E)
 * read whole as one {@link KeyType#Unknown} key, so one the other patterns do not know (an SGR mouse report with the
 * mouse off, a terminal's reply nobody asked for) is never split into Esc and printable keys that run commands. It
 * must come before the patterns that know sequences: the decoder takes the last full match.
 */
public final class UnknownCsiPattern implements CharacterPattern {
    /** Longer than any sequence a terminal sends; past it the bytes are not taken for one. */
    static final int LONGEST = 64;

    @Override
    public Matching match(List<Character> seq) {
        int size = seq.size();
        if (size > LONGEST || seq.get(0) != KeyDecodingProfile.ESC_CODE) {
            return null;
        }
        if (size == 1) {
            return Matching.NOT_YET;
        }
        if (seq.get(1) != '[') {
            return null;
        }
        boolean intermediates = false;
        for (int i = 2; i < size; i++) {
            char c = seq.get(i);
            if (c >= 0x30 && c <= 0x3F && !intermediates) {
                continue;
            }
            if (c >= 0x20 && c <= 0x2F) {
                intermediates = true;
                continue;
            }
            if (c >= 0x40 && c <= 0x7E && i == size - 1) {
                return new Matching(new KeyStroke(KeyType.Unknown));
            }
            return null;
        }
        return Matching.NOT_YET;
    }
}
