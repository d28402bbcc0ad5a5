package dev.fenghuang.model.forum;

import java.time.LocalDate;

/**
 * Who wrote a post, as the floor's left column shows it.
 *
 * @param uid the member's id; 0 for an anonymous post or a deleted member
 * @param name the name (匿名 for an anonymous post)
 * @param group the member's user group (用户组), "" if not shown
 * @param joined the registration date (注册时间), null if not shown
 * @param deleted whether the site says the member was deleted (该用户已被删除)
 */
public record PostAuthor(long uid, String name, String group, LocalDate joined, boolean deleted) {
    public PostAuthor {
        name = name == null ? "" : name;
        group = group == null ? "" : group;
    }

    public boolean anonymous() {
        return uid == 0 && !deleted;
    }
}
