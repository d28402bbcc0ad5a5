package dev.fenghuang.demo.write;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.PageChrome;
import java.util.List;
import java.util.Random;

/**
 * The login form of 2.1/2.2, as an ajax fragment ({@code infloat=yes&inajax=1}) or inside a full page, with
 * CR LF line ends. {@code loginhash} is {@code L} + four random characters per rendering.
 */
public final class LoginFormPage {
    public static final List<String> QUESTIONS = List.of("母亲的名字", "爷爷的名字", "父亲出生的城市", "您其中一位老师的名字",
            "您个人计算机的型号", "您最喜欢的餐馆名称", "驾驶执照最后四位数字");
    private static final Random RANDOM = new Random();

    private final PageChrome chrome;

    public LoginFormPage(PageChrome chrome) {
        this.chrome = chrome;
    }

    static String loginhash() {
        return "L" + Cookies.random(4, RANDOM);
    }

    /** The popup fragment, posting with {@code handlekey=login}. */
    PageResponse fragment(Visit visit) {
        String lh = loginhash();
        String body = "<div id=\"main_messaqge_" + lh + "\">\r\n<div id=\"layer_login_" + lh + "\">\r\n"
                + "<h3 class=\"flb\">\r\n<em id=\"returnmessage_" + lh + "\">用户登录</em>\r\n<span><a href=\"javascript:;\" "
                + "class=\"flbc\" onclick=\"hideWindow('login')\" title=\"关闭\">关闭</a></span>\r\n</h3>\r\n"
                + form(visit, lh, "&amp;handlekey=login", CaptchaField.hash(visit, true)) + "</div>\r\n"
                + "<div id=\"layer_lostpw_" + lh + "\" style=\"display: none;\"></div>\r\n</div>\r\n";
        return AjaxEnvelope.of(visit, 200, body);
    }

    /** The full page, with the hidden {@code #main_succeed} block the no-handlekey answer fills. */
    PageResponse page(Visit visit) {
        String lh = loginhash();
        String main = "<div id=\"ct\" class=\"ptm wp w cl\">\r\n<div class=\"nfl\" id=\"main_succeed\" "
                + "style=\"display: none\">\r\n<div class=\"f_c altw\">\r\n<div class=\"alert_right\">\r\n"
                + "<p id=\"succeedmessage\"></p>\r\n<p id=\"succeedlocation\" class=\"alert_btnleft\"></p>\r\n"
                + "<p class=\"alert_btnleft\"><a id=\"succeedmessage_href\">如果您的浏览器没有自动跳转，请点击此链接</a></p>\r\n"
                + "</div>\r\n</div>\r\n</div>\r\n<div class=\"mn\" id=\"main_message\">\r\n<div class=\"bm\">\r\n"
                + "<div class=\"bm_h bbs\">\r\n<h3 class=\"xs2\">登录</h3>\r\n</div>\r\n<div id=\"main_messaqge_" + lh
                + "\">\r\n<div id=\"layer_login_" + lh + "\">\r\n" + form(visit, lh, "", CaptchaField.hash(visit, false))
                + "</div>\r\n</div>\r\n</div>\r\n</div>\r\n</div>\r\n";
        return PageResponse.html(200, chrome.page(visit, "登录 -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!",
                "mn_portal", "common", main));
    }

    private static String form(Visit visit, String lh, String handlekey, String captchaHash) {
        String captcha = visit.site().captcha() ? CaptchaField.markup(captchaHash, CaptchaField.LOGIN_MODULE) : "";
        return "<form method=\"post\" autocomplete=\"off\" name=\"login\" id=\"loginform_" + lh + "\" class=\"cl\" "
                + "onsubmit=\"pwdclear = 1;ajaxpost('loginform_" + lh + "', 'returnmessage_" + lh + "', 'returnmessage_"
                + lh + "', 'onerror');return false;\" action=\"member.php?mod=logging&amp;action=login&amp;"
                + "loginsubmit=yes" + handlekey + "&amp;loginhash=" + lh + "\">\r\n<div class=\"c cl\">\r\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\" />\r\n"
                + "<input type=\"hidden\" name=\"referer\" value=\"" + HtmlText.escape(referer(visit)) + "\" />\r\n"
                + "<div class=\"rfm\">\r\n<table>\r\n<tr>\r\n<th>\r\n<span class=\"login_slct\">\r\n"
                + "<select name=\"loginfield\" style=\"float: left;\" width=\"45\" id=\"loginfield_" + lh + "\">\r\n"
                + "<option value=\"username\">用户名</option>\r\n<option value=\"email\">Email</option>\r\n"
                + "</select>\r\n</span>\r\n</th>\r\n<td><input type=\"text\" name=\"username\" id=\"username_" + lh
                + "\" autocomplete=\"off\" size=\"30\" class=\"px p_fre\" tabindex=\"1\" value=\"\" /></td>\r\n"
                + "</tr>\r\n</table>\r\n</div>\r\n<div class=\"rfm\">\r\n<table>\r\n<tr>\r\n"
                + "<th><label for=\"password3_" + lh + "\">密码:</label></th>\r\n<td><input type=\"password\" "
                + "id=\"password3_" + lh + "\" name=\"password\" onfocus=\"clearpwd()\" size=\"30\" class=\"px p_fre\" "
                + "tabindex=\"1\" /></td>\r\n</tr>\r\n</table>\r\n</div>\r\n" + questions(lh) + captcha
                + "<div class=\"rfm \">\r\n<table>\r\n<tr>\r\n<th></th>\r\n<td><label for=\"cookietime_" + lh + "\">"
                + "<input type=\"checkbox\" class=\"pc\" name=\"cookietime\" id=\"cookietime_" + lh + "\" tabindex=\"1\" "
                + "value=\"2592000\" />自动登录</label></td>\r\n</tr>\r\n</table>\r\n</div>\r\n"
                + "<div class=\"rfm mbw bw0\">\r\n<table width=\"100%\">\r\n<tr>\r\n<th>&nbsp;</th>\r\n<td>\r\n"
                + "<button class=\"pn pnc\" type=\"submit\" name=\"loginsubmit\" value=\"true\" tabindex=\"1\">"
                + "<strong>登录</strong></button>\r\n</td>\r\n</tr>\r\n</table>\r\n</div>\r\n</div>\r\n</form>\r\n";
    }

    private static String questions(String lh) {
        StringBuilder options = new StringBuilder("<option value=\"0\">安全提问(未设置请忽略)</option>");
        for (int i = 0; i < QUESTIONS.size(); i++) {
            options.append("<option value=\"").append(i + 1).append("\">").append(QUESTIONS.get(i)).append("</option>");
        }
        return "<div class=\"rfm\">\r\n<table>\r\n<tr>\r\n<th>安全提问:</th>\r\n<td><select id=\"loginquestionid_" + lh
                + "\" width=\"213\" name=\"questionid\" onchange=\"if($('loginquestionid_" + lh + "').value > 0) "
                + "{$('loginanswer_row_" + lh + "').style.display='';} else {$('loginanswer_row_" + lh
                + "').style.display='none';}\">" + options + "</select></td>\r\n</tr>\r\n</table>\r\n</div>\r\n"
                + "<div class=\"rfm\" id=\"loginanswer_row_" + lh + "\" style=\"display:none\">\r\n<table>\r\n<tr>\r\n"
                + "<th>答案:</th>\r\n<td><input type=\"text\" name=\"answer\" id=\"loginanswer_" + lh + "\" "
                + "autocomplete=\"off\" size=\"30\" class=\"px p_fre\" tabindex=\"1\" /></td>\r\n</tr>\r\n</table>\r\n"
                + "</div>\r\n";
    }

    /** The form's {@code referer}: the request's own, a same-host Referer header, else {@code SITE./}. */
    private static String referer(Visit visit) {
        PageRequest request = visit.request();
        if (!request.param("referer").isEmpty()) {
            return request.param("referer");
        }
        if (!request.referer().isEmpty() && SubmitCheck.sameHost(request.referer(), request.host(), false)) {
            return request.referer();
        }
        return visit.siteUrl() + "./";
    }
}
