package dev.fenghuang.model.forum;

/**
 * A thread type (主题分类) of a board.
 *
 * @param id the type id ({@code typeid}); 0 when the page does not say (the type being filtered on links back
 *     to the unfiltered list)
 * @param name its name
 * @param count the number of threads of the type, shown only for the type being filtered on; 0 otherwise
 */
public record ThreadType(int id, String name, int count) {
    public ThreadType {
        name = name == null ? "" : name;
    }
}
