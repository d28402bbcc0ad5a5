package dev.fenghuang.model;

import java.util.List;

/** A node of a portal's category tree. */
public record Section(int id, String name, List<Section> children) {
    public Section {
        name = name == null ? "" : name;
        children = children == null ? List.of() : List.copyOf(children);
    }

    public Category category() {
        return new Category(id, name);
    }
}
