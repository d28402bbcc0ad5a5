package dev.fenghuang.demo;

/** A registered user of the demo site; uid 0 is a guest. */
public record Member(int uid, String name) {
    public static final Member GUEST = new Member(0, "游客");

    public boolean guest() {
        return uid == 0;
    }
}
