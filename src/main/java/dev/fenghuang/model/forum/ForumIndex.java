package dev.fenghuang.model.forum;

import java.util.List;

/** The forum index ({@code forum.php}) or one category of it ({@code forum.php?gid=N}). */
public record ForumIndex(ForumStats stats, List<ForumCategory> categories) {
    public ForumIndex {
        stats = stats == null ? ForumStats.NONE : stats;
        categories = List.copyOf(categories);
    }
}
