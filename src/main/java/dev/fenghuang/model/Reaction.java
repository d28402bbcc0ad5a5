package dev.fenghuang.model;

/**
 * One of an article's reactions (表态), as the site numbers them.
 *
 * @param id the 1-based position the site gives it (its clickid); not stable across sites
 * @param name the name shown under the icon, e.g. 鲜花
 * @param count how many members chose it
 */
public record Reaction(int id, String name, int count) {
    public Reaction {
        name = name == null ? "" : name;
    }
}
