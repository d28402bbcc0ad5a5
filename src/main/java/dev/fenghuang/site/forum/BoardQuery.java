package dev.fenghuang.site.forum;

import dev.fenghuang.model.forum.ThreadOrder;

/**
 * Which page of a board's list to read: the board, the page, a thread-type filter (0: all), digest only, the order.
 * Change it with the {@code with…} methods: {@code BoardQuery.of(2).withPage(3).withType(1)}.
 */
public record BoardQuery(int fid, int page, int typeId, boolean digestOnly, ThreadOrder order) {
    public BoardQuery {
        if (fid <= 0) {
            throw new IllegalArgumentException("a board id is positive: " + fid);
        }
        page = Math.max(1, page);
        typeId = Math.max(0, typeId);
        order = order == null ? ThreadOrder.LAST_POST : order;
    }

    /** Page 1 of the board, all threads, by last post. */
    public static BoardQuery of(int fid) {
        return new BoardQuery(fid, 1, 0, false, ThreadOrder.LAST_POST);
    }

    public BoardQuery withPage(int value) {
        return new BoardQuery(fid, value, typeId, digestOnly, order);
    }

    public BoardQuery withType(int value) {
        return new BoardQuery(fid, page, value, digestOnly, order);
    }

    public BoardQuery withDigestOnly(boolean value) {
        return new BoardQuery(fid, page, typeId, value, order);
    }

    public BoardQuery withOrder(ThreadOrder value) {
        return new BoardQuery(fid, page, typeId, digestOnly, value);
    }
}
