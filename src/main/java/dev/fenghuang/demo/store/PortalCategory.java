package dev.fenghuang.demo.store;

/** A portal category (频道栏目); {@code parentId} 0 means top level. */
public record PortalCategory(int catid, String name, int parentId, boolean closed) {
    public boolean topLevel() {
        return parentId == 0;
    }
}
