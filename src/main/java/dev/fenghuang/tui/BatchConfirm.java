package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** The question before a batch goes out, in the status bar: y or Enter sends, any other key does not. */
final class BatchConfirm implements Layer {
    private final String question;
    private final Runnable yes;
    private final Runnable no;

    BatchConfirm(String question, Runnable yes, Runnable no) {
        this.question = question;
        this.yes = yes;
        this.no = no;
    }

    @Override
    public boolean take(KeyStroke k) {
        boolean agreed = k.getKeyType() == KeyType.Enter || k.getKeyType() == KeyType.Character && !k.isCtrlDown()
                && (k.getCharacter() == 'y' || k.getCharacter() == 'Y');
        (agreed ? yes : no).run();
        return false;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        // The question is in the status bar; the queue stays visible above it.
    }

    @Override
    public String status() {
        return question;
    }
}
