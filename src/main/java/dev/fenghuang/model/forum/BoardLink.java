package dev.fenghuang.model.forum;

/**
 * A board or a category (分区) as a link names it. Categories are forums too: their id is the {@code gid} of
 * {@code forum.php?gid=N}.
 *
 * @param fid the board's or category's id; 0 when the link does not say (a board domain)
 * @param name its name
 * @param category whether it is a category rather than a board
 */
public record BoardLink(int fid, String name, boolean category) {
    public BoardLink {
        name = name == null ? "" : name;
    }
}
