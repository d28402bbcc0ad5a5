package dev.fenghuang.demo;

/**
 * A user group with the rights the write side asks about.
 *
 * @param adminid 1 administrator, 2 super moderator, 3 moderator or editor, 0 none
 * @param managesArticles the admin-group right 管理文章: edit and delete any portal comment
 */
public record UserGroup(int groupid, String title, int adminid, boolean managesArticles) {
    public static final UserGroup ADMIN = new UserGroup(1, "管理员", 1, true);
    public static final UserGroup SUPER_MODERATOR = new UserGroup(2, "超级版主", 2, true);
    public static final UserGroup GUEST = new UserGroup(7, "游客", 0, false);
    public static final UserGroup NEWBIE = new UserGroup(10, "新手上路", 0, false);
    public static final UserGroup REGISTERED = new UserGroup(11, "注册会员", 0, false);
    public static final UserGroup EDITOR = new UserGroup(17, "网站编辑", 3, false);

    /** Sees pending and ignored comments of others ({@code adminid = 1}). */
    public boolean administrator() {
        return adminid == 1;
    }
}
