package dev.fenghuang.site.write;

import dev.fenghuang.model.SiteMessage;

/**
 * The Discuz message texts (Appendix A of the protocol reference) that decide how a write went. Matched by their
 * distinctive words after trimming, since several end in a space and plugins may append text.
 */
public final class WriteTexts {
    /** {@code to_login}: the text Discuz would show where it only redirected to the login form. */
    public static final String TO_LOGIN = "您需要先登录才能继续本操作";
    /** The prompt of Discuz's captcha loader script. */
    static final String CAPTCHA_PROMPT = "输入下图中的字符";
    /** {@code comment_comment_notallowed}. */
    static final String COMMENTS_CLOSED = "该文章不允许评论";

    private static final String[] LOGIN = {
        "请先登录", "需要先登录", "尚未登录", "to_login", "not_loggedin", "login_before_enter_home"
    };

    private WriteTexts() {
    }

    /** {@code do_success} 操作成功, the answer of comment, edit, delete and favourite delete. */
    static boolean isDone(SiteMessage m) {
        String t = m.text();
        return t.equals("操作成功") || t.equals("收藏删除成功");
    }

    /** to_login, not_loggedin, login_before_enter_home, or group_nopermission for the guest group (游客). */
    public static boolean needsLogin(SiteMessage m) {
        String t = m.text();
        for (String word : LOGIN) {
            if (t.contains(word)) {
                return true;
            }
        }
        return t.contains("无法进行此操作") && ("游客".equals(m.values().get("grouptitle")) || t.contains("(游客)"));
    }

    /** operating_too_fast (portal) or post_flood_ctrl (forum). */
    static boolean isFlood(SiteMessage m) {
        String t = m.text();
        return t.contains("操作太快") || t.contains("间隔少于") || m.values().containsKey("waittime");
    }

    /** submit_seccode_invalid: also what a missing captcha gets. */
    public static boolean isCaptcha(SiteMessage m) {
        return m.text().contains("验证码填写错误") || m.text().contains("请输入验证码");
    }

    /** submit_invalid: no or stale formhash, foreign Referer. */
    public static boolean isSubmitInvalid(SiteMessage m) {
        return m.text().contains("来路不正确") || m.text().contains("表单验证串不符")
                || m.text().equals("submit_invalid");
    }
}
