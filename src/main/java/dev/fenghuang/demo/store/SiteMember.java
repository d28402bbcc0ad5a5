package dev.fenghuang.demo.store;

/** A registered user of the demo site; uid 0 is a guest. */
public record SiteMember(int uid, String name) {
    public static final SiteMember GUEST = new SiteMember(0, "游客");

    public boolean guest() {
        return uid == 0;
    }
}
