package dev.fenghuang.demo.http;

import dev.fenghuang.demo.store.UserGroup;

/** Message texts of Appendix A used by the write side, exact, trailing spaces included. */
public final class MessageTexts {
    public static final String SUBMIT_INVALID = "抱歉，您的请求来路不正确或表单验证串不符，无法提交";
    public static final String SECCODE_INVALID = "抱歉，验证码填写错误";
    public static final String TO_LOGIN = "您需要先登录才能继续本操作";
    public static final String LOGIN_BEFORE_HOME = "请先登录后才能继续浏览";
    public static final String DO_SUCCESS = "操作成功 ";
    public static final String LOGIN_INVALID = "登录失败，您还可以尝试 %d 次";
    public static final String LOGIN_STRIKE = "密码错误次数过多，请 15 分钟后重新登录";
    public static final String LOGIN_QUESTION_EMPTY = "请选择安全提问以及填写正确的答案";
    public static final String LOGIN_SUCCEED = "欢迎您回来，%s %s，现在将转入登录前页面";
    public static final String LOGOUT_SUCCEED = "您已退出站点，现在将以游客身份转入退出前页面，请稍候……  ";
    public static final String TOO_FAST = "抱歉，两次发布操作太快，请等待 %d 秒再试";
    public static final String TOO_SHORT = "抱歉，输入的内容不能少于 2 个字符";
    public static final String WORD_BANNED = "抱歉，您填写的内容包含敏感词而无法提交";
    public static final String COMMENT_NO_ARTICLE = "抱歉，要评论的文章不存在";
    public static final String COMMENT_NOT_ALLOWED = "该文章不允许评论";
    public static final String COMMENT_EDIT_MISSING = "抱歉，您要编辑的评论不存在";
    public static final String COMMENT_DELETE_MISSING = "抱歉，您要删除的评论不存在";
    public static final String CLICK_ERROR = "抱歉，您尚未进行正常的表态操作";
    public static final String CLICK_ITEM_ERROR = "要表态的对象不存在";
    public static final String NO_PRIVILEGE_CLICK = "抱歉，您目前没有权限进行表态，<a href=\"home.php?mod=spacecp&ac=usergroup\" "
            + "target=\"_blank\">点击这里查看权限</a>";
    public static final String CLICK_NO_SELF = "您不能给自己表态";
    public static final String CLICK_HAVE = "您已表过态";
    public static final String CLICK_SUCCESS = "表态成功 ";
    public static final String FAVORITE_SUCCESS = "信息收藏成功 ";
    public static final String FAVORITE_REPEAT = "抱歉，您已收藏，请勿重复收藏";
    public static final String FAVORITE_CANNOT = "抱歉，您指定的信息无法收藏";
    public static final String FAVORITE_MISSING = "抱歉，您指定的收藏不存在";
    public static final String FAVORITE_OFF = "抱歉，收藏功能尚未开启";
    public static final String UNDEFINED_ACTION = "未定义操作";

    private MessageTexts() {
    }

    /** {@code group_nopermission} for a group title. */
    public static String noPermission(String groupTitle) {
        return "抱歉，您所在的用户组(" + groupTitle + ")无法进行此操作";
    }

    /** {@code group_nopermission} as a message with its {@code grouptitle} value. */
    public static Message noPermission(UserGroup group) {
        return Message.of(noPermission(group.title())).value("grouptitle", group.title());
    }
}
