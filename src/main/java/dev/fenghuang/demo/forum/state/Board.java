package dev.fenghuang.demo.forum.state;

import java.util.List;

/**
 * A board (版块), or a category (分区) when {@code gid} is 0 and it has no parent.
 *
 * @param gid the category a board sits in; 0 for a category itself
 * @param parentFid the board a sub-board belongs to, else 0
 * @param types the thread types (主题分类), empty when the board has none
 * @param typeRequired true when a new thread must name a type (必填)
 * @param subsOnIndex the board option 首页显示子版块 = 是: the index names its sub-boards
 */
public record Board(int fid, int gid, int parentFid, String name, String description, List<ThreadType> types,
        boolean typeRequired, List<String> moderators, boolean subsOnIndex) {
    public Board {
        types = List.copyOf(types);
        moderators = List.copyOf(moderators);
    }

    public static Board category(int fid, String name, List<String> moderators) {
        return new Board(fid, 0, 0, name, "", List.of(), false, moderators, false);
    }

    public boolean isCategory() {
        return gid == 0;
    }

    /** The type of this id, or null when the board has none such. */
    public ThreadType type(int typeid) {
        return types.stream().filter(t -> t.typeid() == typeid).findFirst().orElse(null);
    }
}
