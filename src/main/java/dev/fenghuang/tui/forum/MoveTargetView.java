package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import java.util.List;

/**
 * The board list, to choose where a thread moves (the move tool, 5.8): Enter on a board other than the thread's
 * chooses it and leaves; Back leaves without moving.
 */
final class MoveTargetView implements View {
    /** Told the board chosen, by id and name. */
    @FunctionalInterface
    interface Chosen {
        void board(int fid, String name);
    }

    private final UiLoop ui;
    private final BoardTree tree;

    MoveTargetView(UiLoop ui, ForumParts forum, int from, Chosen chosen) {
        this.ui = ui;
        this.tree = new BoardTree(ui, forum, fid -> {
            if (fid == from) {
                ui.message(ui.texts().get("tui.forum.tools.sameBoard"));
                return;
            }
            String name = tree().name(fid);
            ui.back();
            chosen.board(fid, name);
        });
        tree.load(() -> tree.select(from));
    }

    private BoardTree tree() {
        return tree;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        tree.draw(g, 0, width, height, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (action == KeyAction.BACK) {
            return false;
        }
        if (!tree.loaded()) {
            return true;
        }
        return tree.handle(action, ui.bodyHeight());
    }

    @Override
    public List<String> breadcrumb() {
        return List.of(ui.texts().get("tui.forum.title"), ui.texts().get("tui.forum.tools.moveTo"));
    }

    @Override
    public String position() {
        return tree.position();
    }

    @Override
    public String link() {
        return null;
    }

    @Override
    public boolean search(String query, boolean forward) {
        return tree.search(query, forward);
    }

    @Override
    public void reload() {
        tree.load(() -> { });
    }
}
