package dev.fenghuang.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A count typed before a key (digits, at most 99,999), given to the command that follows and then cleared. */
final class KeyCount {
    private static final int MOST = 99_999;
    private int count;

    /** Adds a digit key to the count; false (and nothing changes) for any other key. */
    boolean take(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || !Character.isDigit(k.getCharacter()) || k.isCtrlDown()) {
            return false;
        }
        count = Math.min(count * 10 + (k.getCharacter() - '0'), MOST);
        return true;
    }

    /** The count typed so far; 0 when none. */
    int value() {
        return count;
    }

    /** The count typed so far, which is then cleared. */
    int use() {
        int n = count;
        count = 0;
        return n;
    }
}
