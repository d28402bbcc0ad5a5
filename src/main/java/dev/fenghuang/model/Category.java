package dev.fenghuang.model;

/** A portal category (栏目), known by its numeric id. */
public record Category(int id, String name) {
    public Category {
        name = name == null ? "" : name;
    }
}
