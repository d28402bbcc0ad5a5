package dev.fenghuang.tui.read;

import dev.fenghuang.tui.TwoPanes;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The category tree as an indented list; Enter opens the selected category's articles. */
final class SectionsPane implements TwoPanes.TreePane {
    private final Ui ui;
    private final PickList list;
    private final Consumer<Section> opener;
    private List<Section> flat = List.of();
    private boolean loaded;
    /** Whether the tree's last load was cancelled before it came, so that nothing brings it. */
    private boolean dropped;
    /** A category to select once the tree is there, or -1. */
    private int wanted = -1;

    SectionsPane(Ui ui, Consumer<Section> opener) {
        this.ui = ui;
        this.opener = opener;
        this.list = new PickList(ui.painter());
    }

    void load(boolean refresh, Runnable then) {
        dropped = false;
        ui.load(() -> ui.reader().sections(refresh), tree -> {
            List<Section> sections = new ArrayList<>();
            List<StyledLine> rows = new ArrayList<>();
            flatten(tree, 0, sections, rows, " (" + ui.texts().get("tui.sections.listRefused") + ")");
            flat = sections;
            loaded = true;
            if (rows.isEmpty()) {
                rows.add(StyledLine.of(ui.texts().get("sections.empty"), Style.META));
            }
            list.show(rows, refresh);
            if (wanted >= 0) {
                select(wanted);
            }
            then.run();
        }, () -> dropped = true);
    }

    /** Loads the tree again if its load was cancelled before it came and it has none; {@code then} as for a load. */
    void loadIfDropped(Runnable then) {
        if (dropped && !loaded) {
            load(false, then);
        }
    }

    /** The tree's rows, indented by depth; a category whose list the site refused ends with {@code refusedMark}. */
    private static void flatten(List<Section> tree, int depth, List<Section> out, List<StyledLine> rows,
                                String refusedMark) {
        for (Section s : tree) {
            out.add(s);
            String mark = s.listRefused() ? refusedMark : "";
            rows.add(StyledLine.of(" ".repeat(depth * 2) + TerminalText.clean(s.name()) + mark,
                    depth == 0 ? Style.HEADING : Style.NORMAL));
            flatten(s.children(), depth + 1, out, rows, refusedMark);
        }
    }

    @Override
    public boolean loaded() {
        return loaded;
    }

    Section selected() {
        return flat.isEmpty() ? null : flat.get(Math.min(list.selected(), flat.size() - 1));
    }

    /** Selects the category with this id, if the tree has it (once it is loaded, if it is not yet). */
    void select(int catid) {
        wanted = loaded ? -1 : catid;
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i).id() == catid) {
                list.select(i);
            }
        }
    }

    /** A click on screen row {@code row}: selects the row there, opens it when it was selected already. */
    @Override
    public void click(int row, int height) {
        int i = list.rowAt(row);
        if (i < 0) {
            return;
        }
        if (i == list.selected()) {
            handle(KeyAction.OPEN, height);
        } else {
            list.select(i);
        }
    }

    @Override
    public boolean handle(KeyAction action, int height) {
        if (action == KeyAction.OPEN && selected() != null) {
            opener.accept(selected());
            return true;
        }
        return list.handle(action, height);
    }

    @Override
    public void draw(TextGraphics g, int col, int width, int height, boolean focused) {
        list.draw(g, col, width, height, focused);
    }

    @Override
    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }

    @Override
    public String position() {
        return list.position();
    }
}
