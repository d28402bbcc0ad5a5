package dev.fenghuang.model.forum;

import java.util.List;

/**
 * A category (分区) of the forum index with its boards in the site's order.
 *
 * @param gid the category's id ({@code forum.php?gid=N})
 * @param name its name
 * @param moderators the category's moderators (分区版主), by name
 * @param boards its boards
 */
public record ForumCategory(int gid, String name, List<String> moderators, List<BoardSummary> boards) {
    public ForumCategory {
        name = name == null ? "" : name;
        moderators = List.copyOf(moderators);
        boards = List.copyOf(boards);
    }
}
