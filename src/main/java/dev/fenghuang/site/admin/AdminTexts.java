package dev.fenghuang.site.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin panel's texts (Appendix A of the protocol reference, {@code lang_admincp_login.php},
 * {@code lang_admincp_msg.php}, {@code lang_admincp.php}), matched by their distinctive words.
 */
final class AdminTexts {
    /** {@code login_cplock}: 您的管理面板已经锁定！请在 N 秒以后重新访问管理中心。 */
    static final String PANEL_LOCKED = "管理面板已经锁定";
    /** {@code login_user_lock}: 由于您的登录密码错误次数过多，本次登录请求已经被拒绝。请 15 分钟后重新尝试。 */
    static final String USER_LOCKED = "登录密码错误次数过多";
    /** {@code login_cp_noaccess}: 管理中心(或此项操作)尚未对您开放 … */
    static final String NO_ACCESS = "尚未对您开放";
    /** {@code login_cp_guest}, X3.5 ({@code 您尚未登录网站}) and X3.4 ({@code 由于您尚未登录，本次请求已经被拒绝}). */
    static final String GUEST = "尚未登录";
    /** {@code comment_article_delete}. */
    static final String COMMENTS_DELETED = "删除评论成功";
    /** {@code comment_post_nonexistence}. */
    static final String NOTHING_FOUND = "没有与条件匹配的评论";
    /** The search result header, 符合条件的评论数 N. */
    static final String FOUND = "符合条件的评论数";
    /** The admin home's counter of pending portal comments. */
    static final String WAITING = "等待审核的文章评论数";
    /** Our words for the only failure signal of a re-authentication: the same form again, without text. */
    static final String ASKED_AGAIN = "the admin panel asked for the password again "
            + "(wrong password or security answer; the panel locks after 4 in a row)";

    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*秒");

    private AdminTexts() {
    }

    /** The seconds a {@code login_cplock} text names, or null. */
    static String lockSeconds(String text) {
        Matcher m = SECONDS.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
