package dev.fenghuang.site;

/**
 * {@code inajax} answers as X3.5 sends them (1.7.5 of the protocol reference): the prolog, CR LF, one CDATA
 * section, no final newline. The fragments below are the captured ones, {@code SITE} = http://portal.example/.
 */
public final class Envelopes {
    public static final String GUARD_SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";

    public static final String LOGIN_OK = GUARD_SCRIPT + "if(typeof succeedhandle_login=='function') {succeedhandle_login("
            + "'http://portal.example/portal.php', '欢迎您回来，新手上路 reader2，现在将转入登录前页面', {'username':'reader2',"
            + "'usergroup':'新手上路','uid':'6','groupid':'10','syn':'0'});}hideWindow('login');showDialog('欢迎您回来，新手上路"
            + " reader2，现在将转入登录前页面', 'right', null, function () { window.location.href ='http://portal.example/portal.php';"
            + " }, 0, null, null, null, null, null, 2);</script>";
    public static final String LOGIN_OK_NO_HANDLEKEY = GUARD_SCRIPT + "if($('succeedmessage')) {$('succeedmessage').innerHTML = '';}"
            + "if(typeof succeedhandle_=='function') {succeedhandle_('http://portal.example/', '', {});}</script>"
            + "<script type=\"text/javascript\">setTimeout(\"window.location.href ='http://portal.example/';\", 3000);"
            + "$('succeedmessage_href').href = 'http://portal.example/';$('main_message').style.display = 'none';"
            + "$('main_succeed').style.display = '';$('succeedlocation').innerHTML = '欢迎您回来，新手上路 reader1，现在将转入登录前页面';"
            + "</script>";
    public static final String LOGIN_WRONG = error("login", "登录失败，您还可以尝试 4 次", "{'loginperm':'4'}");
    public static final String LOGIN_LOCKED = error("login", "密码错误次数过多，请 15 分钟后重新登录", "{}");
    public static final String LOGIN_QUESTION = error("login", "请选择安全提问以及填写正确的答案", "{'loginperm':'3'}");
    public static final String LOGIN_CAPTCHA = error("login", "抱歉，验证码填写错误", "{}");
    public static final String LOGIN_BANNED = error("login", "抱歉，您的 IP 地址不在允许范围内，或您的账号被禁用，无法访问本站点", "{}");

    public static final String COMMENT_OK = GUARD_SCRIPT + "if(typeof succeedhandle_cli=='function') {succeedhandle_cli("
            + "'portal.php?mod=view&aid=1234#comment', '操作成功 ', {});}</script>";
    public static final String COMMENT_TOO_SHORT = GUARD_SCRIPT + "if(typeof succeedhandle_cli=='function') {succeedhandle_cli("
            + "'http://portal.example/./portal.php?mod=view&aid=1234#comment', '抱歉，输入的内容不能少于 2 个字符', {});}</script>";
    public static final String COMMENT_FLOOD = error("cli", "抱歉，两次发布操作太快，请等待 15 秒再试", "{'waittime':'15'}");
    public static final String COMMENT_GUEST = error("cli", "抱歉，您所在的用户组(游客)无法进行此操作", "{'grouptitle':'游客'}");
    public static final String SUBMIT_INVALID = error("cli", "抱歉，您的请求来路不正确或表单验证串不符，无法提交", "{}");
    public static final String COMMENT_BANNED_WORD = error("cli", "抱歉，您填写的内容包含敏感词而无法提交", "{}");
    public static final String COMMENT_CAPTCHA = error("cli", "抱歉，验证码填写错误", "{}");

    private Envelopes() {
    }

    public static String of(String fragment) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root><![CDATA[" + fragment + "]]></root>";
    }

    /** The guarded {@code succeedhandle_KEY} call alone: a message with a forward URL. */
    public static String succeed(String key, String url, String text, String values) {
        return GUARD_SCRIPT + "if(typeof succeedhandle_" + key + "=='function') {succeedhandle_" + key + "('" + url
                + "', '" + text + "', " + values + ");}</script>";
    }

    /** Text, then the guarded {@code errorhandle_KEY} call: the POST answer without a forward URL. */
    static String error(String key, String text, String values) {
        return text + GUARD_SCRIPT + "if(typeof errorhandle_" + key + "=='function') {errorhandle_" + key + "('"
                + text + "', " + values + ");}</script>";
    }

    /** The msgtype-2 dialog of an ajax GET error, as for 您已表过态. */
    public static String dialog(String key, String text, String values) {
        return "<h3 class=\"flb\"><em>提示信息</em><span><a href=\"javascript:;\" class=\"flbc\" onclick=\"hideWindow('"
                + key + "');\" title=\"关闭\">关闭</a></span></h3>\n<div class=\"c altw\">\n<div class=\"alert_error\">" + text
                + GUARD_SCRIPT + "if(typeof errorhandle_" + key + "=='function') {errorhandle_" + key + "('" + text + "', "
                + values + ");}</script></div>\n</div>\n<p class=\"o pns\">\n<button type=\"button\" class=\"pn pnc\" "
                + "id=\"closebtn\" onclick=\"hideWindow('" + key + "');\"><strong>确定</strong></button>\n" + GUARD_SCRIPT
                + "if($('closebtn')) {$('closebtn').focus();}</script>\n</p>\n";
    }
}
