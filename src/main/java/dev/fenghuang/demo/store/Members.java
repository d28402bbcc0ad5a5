package dev.fenghuang.demo.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registered users of the demo site. These accounts can log in:
 *
 * <table>
 * <caption>Demo accounts</caption>
 * <tr><th>uid</th><th>user name</th><th>password</th><th>group</th><th>rights</th></tr>
 * <tr><td>1</td><td>admin</td><td>admin123</td><td>管理员 (groupid 1, adminid 1)</td>
 *     <td>sees pending comments, edits and deletes any comment, no flood limit</td></tr>
 * <tr><td>2</td><td>站务小编</td><td>editor123</td><td>网站编辑 (17)</td><td>publishes articles</td></tr>
 * <tr><td>3</td><td>归来</td><td>guilai123</td><td>网站编辑 (17)</td>
 *     <td>publisher of aid 1, so the "own article" reaction rule applies to it</td></tr>
 * <tr><td>11</td><td>moderator1</td><td>mod12345</td><td>超级版主 (2, adminid 2)</td>
 *     <td>文章管理/评论管理: edits and deletes any comment, does not see others' pending ones</td></tr>
 * <tr><td>12</td><td>reader1</td><td>reader123</td><td>新手上路 (10)</td><td>no security question</td></tr>
 * <tr><td>13</td><td>reader2</td><td>reader234</td><td>新手上路 (10)</td>
 *     <td>security question 1 (母亲的名字), answer 王芳</td></tr>
 * </table>
 *
 * <p>The generated commenters (uid 4 to 10, 注册会员) have no password and cannot log in.
 */
public final class Members {
    /** The publisher of the sample article. */
    public static final SiteMember GUILAI = new SiteMember(3, "归来");
    static final SiteMember ADMIN = new SiteMember(1, "admin");
    public static final SiteMember MODERATOR = new SiteMember(11, "moderator1");
    public static final SiteMember READER1 = new SiteMember(12, "reader1");
    public static final SiteMember READER2 = new SiteMember(13, "reader2");

    private static final List<SiteMember> ALL = List.of(
            ADMIN, new SiteMember(2, "站务小编"), GUILAI,
            new SiteMember(4, "渠江夜雨"), new SiteMember(5, "文峰山人"), new SiteMember(6, "三汇人家"),
            new SiteMember(7, "竹海听风"), new SiteMember(8, "巴山小雨"), new SiteMember(9, "达城过客"),
            new SiteMember(10, "老街坊"));

    private static final List<Account> ACCOUNTS = Stream.concat(Stream.of(
            new Account(ADMIN, "admin123", UserGroup.ADMIN, 0, ""),
            new Account(ALL.get(1), "editor123", UserGroup.EDITOR, 0, ""),
            new Account(GUILAI, "guilai123", UserGroup.EDITOR, 0, ""),
            new Account(MODERATOR, "mod12345", UserGroup.SUPER_MODERATOR, 0, ""),
            new Account(READER1, "reader123", UserGroup.NEWBIE, 0, ""),
            new Account(READER2, "reader234", UserGroup.NEWBIE, 1, "王芳")),
            ALL.subList(3, ALL.size()).stream().map(m -> new Account(m, "", UserGroup.REGISTERED, 0, ""))).toList();

    private Members() {
    }

    public static List<SiteMember> all() {
        return ALL;
    }

    /** Members who write articles. */
    public static List<SiteMember> editors() {
        return ALL.subList(1, 3);
    }

    /** Members who write the generated comments. */
    public static List<SiteMember> readers() {
        return ALL.subList(3, ALL.size());
    }

    static Optional<SiteMember> byUid(int uid) {
        return ACCOUNTS.stream().map(Account::member).filter(m -> m.uid() == uid).findFirst();
    }

    /** The account of a user name, compared exactly as stored. */
    public static Optional<Account> account(String username) {
        return ACCOUNTS.stream().filter(a -> a.member().name().equals(username)).findFirst();
    }

    /** The group of a member; {@link UserGroup#GUEST} for a guest. */
    public static UserGroup group(SiteMember member) {
        if (member.guest()) {
            return UserGroup.GUEST;
        }
        return ACCOUNTS.stream().filter(a -> a.member().equals(member)).map(Account::group).findFirst()
                .orElse(UserGroup.REGISTERED);
    }
}
