package dev.fenghuang.tui.term;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mouse report in the SGR encoding (mode 1006), {@code ESC [ < b ; x ; y M} for a press and {@code m} for a
 * release, as a Lanterna {@link MouseAction}: unlike the old X10 encoding it reaches any column and row. Columns and
 * rows come 1-based and go out 0-based; the buttons are numbered as Lanterna numbers them (1-3, the wheel 4 up and 5
 * down).
 */
final class SgrMousePattern implements CharacterPattern {
    private static final Pattern REPORT = Pattern.compile("\u001b\\[<(\\d{1,5});(\\d{1,5});(\\d{1,5})([Mm])");
    private static final Pattern PREFIX = Pattern.compile("\u001b(\\[(<(\\d{1,5}(;(\\d{1,5}(;\\d{0,5})?)?)?)?)?)?");
    private static final int MOTION = 32;
    private static final int WHEEL = 64;
    private static final int EXTRA_BUTTONS = 128;

    @Override
    public Matching match(List<Character> seq) {
        if (seq.isEmpty() || seq.get(0) != KeyDecodingProfile.ESC_CODE || seq.size() > 20) {
            return null;
        }
        StringBuilder text = new StringBuilder(seq.size());
        seq.forEach(text::append);
        Matcher report = REPORT.matcher(text);
        if (report.matches()) {
            return new Matching(action(Integer.parseInt(report.group(1)), Integer.parseInt(report.group(2)),
                    Integer.parseInt(report.group(3)), report.group(4).equals("M")));
        }
        return PREFIX.matcher(text).matches() ? Matching.NOT_YET : null;
    }

    /**
     * The action for button code {@code code} at 1-based {@code column}, {@code row}; a sideways wheel (66, 67) or
     * a button past the third (128 and up) as an {@link KeyType#Unknown} key, which the reader drops.
     */
    static KeyStroke action(int code, int column, int row, boolean press) {
        int button = code & 3;
        if ((code & EXTRA_BUTTONS) != 0 || (code & WHEEL) != 0 && button > 1) {
            return new KeyStroke(KeyType.Unknown);
        }
        MouseActionType type;
        if ((code & WHEEL) != 0) {
            type = button == 0 ? MouseActionType.SCROLL_UP : MouseActionType.SCROLL_DOWN;
            button = button == 0 ? 4 : 5;
        } else if (!press) {
            type = MouseActionType.CLICK_RELEASE;
            button++;
        } else if ((code & MOTION) != 0) {
            type = button == 3 ? MouseActionType.MOVE : MouseActionType.DRAG;
            button = button == 3 ? 0 : button + 1;
        } else {
            type = MouseActionType.CLICK_DOWN;
            button++;
        }
        return new MouseAction(type, button, new TerminalPosition(Math.max(0, column - 1), Math.max(0, row - 1)));
    }
}
