package dev.fenghuang.model.forum;

/** The forum index's statistics line: posts today (今日) and yesterday (昨日), all posts (帖子), members (会员). */
public record ForumStats(long today, long yesterday, long posts, long members) {
    public static final ForumStats NONE = new ForumStats(0, 0, 0, 0);
}
