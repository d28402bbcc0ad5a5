package dev.fenghuang.demo;

import java.util.List;
import java.util.Optional;

/** The registered users of the demo site. Sessions and passwords join them when logging in is added. */
final class Members {
    /** The publisher of the sample article. */
    static final Member GUILAI = new Member(3, "归来");

    private static final List<Member> ALL = List.of(
            new Member(1, "admin"), new Member(2, "站务小编"), GUILAI,
            new Member(4, "渠江夜雨"), new Member(5, "文峰山人"), new Member(6, "三汇人家"),
            new Member(7, "竹海听风"), new Member(8, "巴山小雨"), new Member(9, "达城过客"),
            new Member(10, "老街坊"));

    private Members() {
    }

    static List<Member> all() {
        return ALL;
    }

    /** Members who write articles. */
    static List<Member> editors() {
        return ALL.subList(1, 3);
    }

    /** Members who write comments. */
    static List<Member> readers() {
        return ALL.subList(3, ALL.size());
    }

    static Optional<Member> byUid(int uid) {
        return ALL.stream().filter(m -> m.uid() == uid).findFirst();
    }
}
