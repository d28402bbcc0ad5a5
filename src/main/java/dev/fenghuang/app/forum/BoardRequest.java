package dev.fenghuang.app.forum;

import dev.fenghuang.model.forum.ThreadOrder;

/**
 * Which page of a board's thread list to read: the board, the page, a thread type (0: all), digest only, the order.
 * Change it with the {@code with…} methods: {@code BoardRequest.of(2).withPage(3).withType(1)}.
 */
public record BoardRequest(int fid, int page, int typeId, boolean digestOnly, ThreadOrder order) {
    public BoardRequest {
        if (fid <= 0) {
            throw new IllegalArgumentException("a board id is positive: " + fid);
        }
        page = Math.max(1, page);
        typeId = Math.max(0, typeId);
        order = order == null ? ThreadOrder.LAST_POST : order;
    }

    /** Page 1 of the board, all threads, by last post. */
    public static BoardRequest of(int fid) {
        return new BoardRequest(fid, 1, 0, false, ThreadOrder.LAST_POST);
    }

    public BoardRequest withPage(int value) {
        return new BoardRequest(fid, value, typeId, digestOnly, order);
    }

    public BoardRequest withType(int value) {
        return new BoardRequest(fid, page, value, digestOnly, order);
    }

    public BoardRequest withDigestOnly(boolean value) {
        return new BoardRequest(fid, page, typeId, value, order);
    }

    public BoardRequest withOrder(ThreadOrder value) {
        return new BoardRequest(fid, page, typeId, digestOnly, value);
    }

    /** What narrows or orders the list, as a cache key's name: "" for the site's default list. */
    String filter() {
        StringBuilder s = new StringBuilder();
        if (typeId > 0) {
            s.append("type=").append(typeId).append(';');
        }
        if (digestOnly) {
            s.append("digest;");
        }
        if (order != ThreadOrder.LAST_POST) {
            s.append("order=").append(order.name()).append(';');
        }
        return s.toString();
    }
}
