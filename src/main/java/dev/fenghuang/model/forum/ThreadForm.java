package dev.fenghuang.model.forum;

import java.util.List;

/**
 * What a board's new-thread form asks for (4.5): the thread types (主题分类) it offers, and whether one must be chosen.
 *
 * @param types the types offered, in the form's order; empty on a board without types
 * @param typeRequired true when the form's script says a type is required ({@code typerequired}): a thread without
 *     one would be refused after taking the flood lock (7.34)
 */
public record ThreadForm(List<ThreadType> types, boolean typeRequired) {
    public ThreadForm {
        types = List.copyOf(types);
    }
}
