package dev.fenghuang.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.MouseAction;
import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.read.ArticleView;

/**
 * What a key does once the loop has let it through: the mouse acts where it points (when the settings capture it
 * and nothing is over the view); an open layer or prompt takes the key first; else the key map names an action in
 * the current tab, done with the count typed before it, or the key is a digit of that count.
 */
final class KeyDispatch {
    private final Overlays overlays;
    private final Tabs tabs;
    private final TuiOptions options;
    private final Commands commands;
    private final StatusLine status;
    private final Drawing drawing;
    private final KeyCount count = new KeyCount();

    KeyDispatch(Overlays overlays, Tabs tabs, TuiOptions options, Commands commands, StatusLine status,
                Drawing drawing) {
        this.overlays = overlays;
        this.tabs = tabs;
        this.options = options;
        this.commands = commands;
        this.status = status;
        this.drawing = drawing;
    }

    void press(KeyStroke k) {
        if (k instanceof MouseAction mouse) {
            point(mouse);
            return;
        }
        if (overlays.take(k)) {
            return;
        }
        View current = tabs.current();
        var action = tabs.allowed(options.keys().action(k, tabs.scope(ModerationDesk.onQueue(current))),
                count.value());
        if (action.isPresent()) {
            commands.act(action.get(), count.use());
        } else if (count.take(k) && current instanceof ArticleView article) {
            status.message(article.countHint(count.value()));
        }
    }

    private void point(MouseAction mouse) {
        if (options.mouse() && overlays.none()) {
            Pointer.act(mouse, tabs.current(), drawing.bodyTop(), drawing.bodyHeight());
        }
    }
}
