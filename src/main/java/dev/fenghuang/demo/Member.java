package dev.fenghuang.demo;

/** A registered user of the demo site; uid 0 is a guest. */
record Member(int uid, String name) {
    static final Member GUEST = new Member(0, "游客");

    boolean guest() {
        return uid == 0;
    }
}
