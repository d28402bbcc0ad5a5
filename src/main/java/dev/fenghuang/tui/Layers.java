package dev.fenghuang.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.tui.image.Placement;
import java.util.ArrayList;
import java.util.List;

/** The stack of layers over the current view: the top one takes the keys; all are drawn, bottom first. */
public final class Layers {
    private final List<Layer> stack = new ArrayList<>();

    public boolean isEmpty() {
        return stack.isEmpty();
    }

    void push(Layer layer) {
        stack.add(layer);
    }

    /** Removes a layer wherever it is in the stack; nothing happens when it is not open. */
    void close(Layer layer) {
        if (stack.remove(layer)) {
            layer.closed();
        }
    }

    boolean isOpen(Layer layer) {
        return stack.contains(layer);
    }

    /** Gives a key to the top layer; closes it when it is done. */
    void take(KeyStroke k) {
        Layer top = stack.get(stack.size() - 1);
        if (!top.take(k)) {
            close(top);
        }
    }

    void draw(TextGraphics body, int width, int height) {
        for (Layer l : List.copyOf(stack)) {
            l.draw(body, width, height);
        }
    }

    /** The layer that takes the keys, or null. */
    Layer top() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** The top layer's cursor in body coordinates, or null. */
    TerminalPosition cursor(int width, int height) {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1).cursor(width, height);
    }

    /**
     * The pictures of the top layer as last drawn; a layer below may be covered by it, so its pictures are not
     * placed.
     */
    List<Placement> placements() {
        return stack.isEmpty() ? List.of() : stack.get(stack.size() - 1).placements();
    }

    /** The top layer's status line, or null. */
    String status() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1).status();
    }

    /** Every open layer, bottom first (for tests). */
    public List<Layer> all() {
        return new ArrayList<>(stack);
    }
}
