package dev.fenghuang.model;

/** A member of a site, or a guest (uid 0). */
public record Person(long uid, String name) {
    public static final Person GUEST = new Person(0, "游客");

    public Person {
        name = name == null ? "" : name;
    }

    public boolean isGuest() {
        return uid == 0;
    }
}
