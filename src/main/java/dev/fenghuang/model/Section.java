package dev.fenghuang.model;

import java.util.List;

/**
 * A node of a portal's category tree.
 *
 * @param listRefused true when the site refused the category's list while the tree was found (Discuz's System Error,
 *     1.5): its name comes from the navigation, its children may be missing
 */
public record Section(int id, String name, List<Section> children, boolean listRefused) {
    public Section {
        name = name == null ? "" : name;
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A category whose list was read (or not asked for). */
    public Section(int id, String name, List<Section> children) {
        this(id, name, children, false);
    }

    /** The categories of the tree whose list the site refused, depth first. */
    public static List<Section> listRefusedIn(List<Section> tree) {
        List<Section> found = new java.util.ArrayList<>();
        for (Section s : tree) {
            if (s.listRefused()) {
                found.add(s);
            }
            found.addAll(listRefusedIn(s.children()));
        }
        return found;
    }

    public Category category() {
        return new Category(id, name);
    }
}
