package dev.fenghuang.site.markup;

import dev.fenghuang.model.SiteMessage.Kind;

/**
 * Sorts a message text (Appendix A of the protocol reference) into a {@link Kind}. Texts are matched by the
 * distinctive words of the Discuz language strings, so placeholders and appended plugin text do not matter.
 */
public final class MessageKinds {
    private static final String[] CLOSED = {
        "已关闭", "暂时关闭", "尚未开启", "不允许评论", "aid_comment_is_forbidden", "portal_status_off",
        "favorite_status_off", "board_closed"
    };
    private static final String[] NOT_FOUND = {
        "不存在", "尚未正确指定", "已被删除", "_noexist", "_no_exist", "nonexistence", "Specified article not found"
    };
    private static final String[] NO_PERMISSION = {
        "请先登录", "需要先登录", "尚未登录", "没有权限", "无权", "无法进行此操作", "阅读权限", "不在允许范围",
        "被禁用", "隐私设置", "已被锁定", "见习期间", "才能进行本操作", "login_before_enter_home", "nopermission",
        "to_login"
    };

    /** favorite_repeat: 抱歉，您已收藏，请勿重复收藏 (Appendix A), or the bare key as the mobile API says it. */
    private static final String[] ALREADY_DONE = {"您已收藏", "请勿重复收藏", "favorite_repeat"};

    private MessageKinds() {
    }

    public static Kind of(String text) {
        if (text == null || text.isEmpty()) {
            return Kind.OTHER;
        }
        if (containsAny(text, ALREADY_DONE)) {
            return Kind.ALREADY_DONE;
        }
        if (containsAny(text, CLOSED)) {
            return Kind.CLOSED;
        }
        if (containsAny(text, NOT_FOUND)) {
            return Kind.NOT_FOUND;
        }
        if (containsAny(text, NO_PERMISSION)) {
            return Kind.NO_PERMISSION;
        }
        return Kind.OTHER;
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
