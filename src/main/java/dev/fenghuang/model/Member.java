package dev.fenghuang.model;

/**
 * Who the site says is signed in.
 *
 * @param uid the member's id ({@code discuz_uid}); 0 for a guest
 * @param name the member's name, empty for a guest
 * @param group the member's group title (e.g. 新手上路), or empty when the page does not say
 */
public record Member(long uid, String name, String group) {
    public static final Member GUEST = new Member(0, "", "");

    public Member {
        name = name == null ? "" : name;
        group = group == null ? "" : group;
    }

    public boolean isGuest() {
        return uid == 0;
    }
}
