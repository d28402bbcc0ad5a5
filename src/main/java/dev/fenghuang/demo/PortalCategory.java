package dev.fenghuang.demo;

/** A portal category (频道栏目); {@code parentId} 0 means top level. */
record PortalCategory(int catid, String name, int parentId, boolean closed) {
    boolean topLevel() {
        return parentId == 0;
    }
}
