package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A yes/no question in the status bar: y does it (Enter too, where asked), any other key does not. */
public final class Confirm implements Layer {
    private final String question;
    private final Runnable yes;
    private final Runnable no;
    private final boolean enterAgrees;

    public Confirm(String question, Runnable yes, Runnable no) {
        this(question, yes, no, false);
    }

    private Confirm(String question, Runnable yes, Runnable no, boolean enterAgrees) {
        this.question = question;
        this.yes = yes;
        this.no = no;
        this.enterAgrees = enterAgrees;
    }

    /** The question before a batch goes out: y or Enter sends. */
    public static Confirm orEnter(String question, Runnable yes, Runnable no) {
        return new Confirm(question, yes, no, true);
    }

    @Override
    public boolean take(KeyStroke k) {
        boolean agreed = enterAgrees && k.getKeyType() == KeyType.Enter
                || k.getKeyType() == KeyType.Character && !k.isCtrlDown()
                && (k.getCharacter() == 'y' || k.getCharacter() == 'Y');
        if (agreed) {
            yes.run();
        } else {
            no.run();
        }
        return false;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        // The question is in the status bar; the view stays visible above it.
    }

    @Override
    public String status() {
        return question;
    }
}
