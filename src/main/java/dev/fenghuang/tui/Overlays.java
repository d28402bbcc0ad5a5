package dev.fenghuang.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.tui.image.Placement;
import java.util.List;
import java.util.function.Supplier;

/**
 * What lies over the view and takes the keys before it: the prompt typed in the status bar, the layers, the help
 * box, in that order.
 */
final class Overlays {
    private final Layers layers = new Layers();
    private HelpOverlay help;
    private Prompt prompt;

    Layers layers() {
        return layers;
    }

    void ask(Prompt prompt) {
        this.prompt = prompt;
    }

    void showHelp(HelpOverlay help) {
        this.help = help;
    }

    boolean helpShown() {
        return help != null;
    }

    /** Whether nothing is over the view: no prompt, no layer, no help. */
    boolean none() {
        return prompt == null && layers.isEmpty() && help == null;
    }

    /** Gives a key to the prompt, else the top layer, else the help; false when none is open (the view takes it). */
    boolean take(KeyStroke k) {
        if (prompt != null) {
            Prompt asking = prompt;
            if (!asking.take(k) && prompt == asking) {
                prompt = null; // an answer that asks the next question keeps that one
            }
        } else if (!layers.isEmpty()) {
            layers.take(k);
        } else if (help != null) {
            if (!help.scroll(k)) {
                help = null;
            }
        } else {
            return false;
        }
        return true;
    }

    /** The frame of {@code view} with what lies over it. */
    FrameWriter.Frame frame(View view, Supplier<FrameWriter.Status> status) {
        return new FrameWriter.Frame(view, layers, help, prompt, status);
    }

    /** The pictures to place: the top layer's over the view's; none under the help or a prompt. */
    List<Placement> placements(View view) {
        return help != null || prompt != null ? List.of()
                : layers.isEmpty() ? view.placements() : layers.placements();
    }

    /** The layer that takes the keys when no prompt or help is over it, or null. */
    Layer topLayer() {
        return help == null && prompt == null ? layers.top() : null;
    }
}
