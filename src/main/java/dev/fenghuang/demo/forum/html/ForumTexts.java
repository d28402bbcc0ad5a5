package dev.fenghuang.demo.forum.html;

/** The forum's {@code showmessage} texts (Appendix A), exact, trailing spaces included. */
public final class ForumTexts {
    public static final String FORUM_MISSING = "抱歉，指定的版块不存在";
    public static final String THREAD_MISSING = "抱歉，指定的主题不存在或已被删除或正在被审核";
    public static final String SUBMIT_INVALID = "抱歉，您的请求来路不正确或表单验证串不符，无法提交";
    public static final String REPLY_LOGIN = "抱歉，您尚未登录，没有权限在该版块回帖";
    public static final String POST_LOGIN = "抱歉，您尚未登录，没有权限在该版块发帖";
    public static final String CLOSED = "抱歉，本主题已关闭，不再接受新内容";
    public static final String EMPTY = "抱歉，您尚未输入标题或内容";
    public static final String TOO_SHORT = "抱歉，您的帖子小于 10 个字符的限制";
    public static final String TOO_LONG = "抱歉，您的帖子超过 10000 个字符的限制";
    public static final String SUBJECT_TOO_LONG = "抱歉，您的标题超过最大字符限制，请缩短标题后再试";
    public static final String FLOOD = "抱歉，您两次发表间隔少于 15 秒，请稍候再发表";
    public static final String TYPE_MISSING = "抱歉，您尚未选择主题的类别";
    public static final String WORD_BANNED = "抱歉，您填写的内容包含敏感词而无法提交";
    public static final String REPLY_SUCCEED = "非常感谢，回复发布成功，现在将转入主题页，请稍候……<br /><a href=\"forum.php?mod="
            + "forumdisplay&fid=%d\">[ 点击这里转入主题列表 ]</a>";
    public static final String REPLY_HELD = "回复需要审核，请等待通过";
    public static final String THREAD_SUCCEED = "非常感谢，您的主题已发布，现在将转入主题页，请稍候……<br /><a id=\"forward_a\" "
            + "href=\"forum.php?mod=forumdisplay&fid=%d\">[ 点击这里转入主题列表 ]</a>";
    public static final String THREAD_HELD = "新主题需要审核，您的帖子通过审核后才能显示";
    public static final String EDIT_SUCCEED = "帖子编辑成功，现在将转入主题页，请稍候……<br /><a href=\"forum.php?mod="
            + "forumdisplay&fid=%d\">[ 点击这里转入主题列表 ]</a>";
    public static final String EDIT_DENIED = "抱歉，您没有权限编辑他人发表的帖子";
    public static final String EDIT_HELD = "编辑后的回复需要审核，请等待审核通过";
    public static final String EDIT_DELETED = "主题删除成功 ";
    public static final String POST_MISSING = "抱歉，指定的帖子不存在或已被删除";
    public static final String FAVORITE_SUCCESS = "信息收藏成功 ";
    public static final String FAVORITE_REPEAT = "抱歉，您已收藏，请勿重复收藏";
    public static final String FAVORITE_CANNOT = "抱歉，您指定的信息无法收藏";
    public static final String TO_LOGIN = "您需要先登录才能继续本操作";
    public static final String ADMIN_SUCCEED = "管理操作成功 ";
    public static final String ADMIN_DENIED = "抱歉，您没有权限使用管理功能";
    public static final String MODERATE_INVALID = "抱歉，您尚未选择主题或主题不可执行此类管理";
    public static final String MODCP_SUCCEED = "审核处理完毕";
    public static final String UNDEFINED_ACTION = "未定义操作";

    private ForumTexts() {
    }
}
