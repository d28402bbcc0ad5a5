package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.SiteMember;
import dev.fenghuang.demo.write.LoginFormPage;

/**
 * The pages of {@code admin.php} that come in X3.5's small login layout (title {@code 登录管理中心}, dark-mode
 * switch, {@code div.container}, footer, no site header, HTTP 200): the guest page, the no-access page, the
 * re-authentication form and the lock (5.3).
 */
final class AdminLoginPages {
    static final String GUEST = "<h1>您尚未登录网站</h1><a href=\"member.php?mod=logging&action=login\" class=\"btn\">登录</a>"
            + "<p>站长需要强制登录时，修改 config/config_global.php 可关闭此功能。</p>";
    static final String NO_ACCESS = "<b>管理中心(或此项操作)尚未对您开放</b><br><br>您的此次操作已经记录，请勿非法尝试";
    static final String LOCKED = "您的管理面板已经锁定！<br>请在<b> %d </b>秒以后重新访问管理中心。";

    private AdminLoginPages() {
    }

    /** {@code login_cp_guest}: a guest is sent to the front-end login. */
    static PageResponse guest(Visit visit) {
        return page(visit, "<div class=\"container loginbox\">" + GUEST + "</div>\n");
    }

    /** {@code login_cp_noaccess}: a member outside the admin team. */
    static PageResponse noAccess(Visit visit) {
        return page(visit, "<div class=\"container loginbox\"><span>" + NO_ACCESS + "</span></div>\n");
    }

    /** {@code login_cplock}, with the seconds left. */
    static PageResponse locked(Visit visit, long seconds) {
        return page(visit, "<div class=\"container loginbox\"><span>" + String.format(LOCKED, seconds)
                + "</span></div>\n");
    }

    /**
     * The re-authentication form, posting to the requested URL; the same bytes for the first GET and after a
     * wrong password.
     */
    static PageResponse reauthenticate(Visit visit, String sid) {
        SiteMember member = visit.member();
        String action = HtmlText.escape(AdminLinks.requested(visit.request()));
        String form = "<div class=\"container\">\n<form method=\"post\" autocomplete=\"off\" name=\"login\" "
                + "id=\"loginform\" action=\"" + action + "\" class=\"loginbox\">\n"
                + "<input type=\"hidden\" name=\"sid\" value=\"" + sid + "\">\n"
                + "<input type=\"hidden\" name=\"frames\" value=\"yes\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.adminFormhash() + "\">\n"
                + "<img src=\"" + visit.siteUrl() + "uc_server/avatar.php?uid=" + member.uid()
                + "&size=middle\" class=\"avatar\" alt=\"\">\n"
                + "<h1>" + HtmlText.escape(member.name()) + "</h1>\n"
                + "<input type=\"password\" name=\"admin_password\" placeholder=\"密码\" autocomplete=\"off\" "
                + "class=\"txt\">\n" + questions()
                + "<input type=\"text\" name=\"admin_answer\" placeholder=\"回答\" autocomplete=\"off\" class=\"txt\">\n"
                + "<button type=\"submit\">提交</button>\n</form>\n</div>\n";
        return page(visit, form);
    }

    private static String questions() {
        StringBuilder select = new StringBuilder("<select id=\"questionid\" name=\"admin_questionid\">\n"
                + "<option value=\"0\">无安全提问</option>\n");
        for (int i = 0; i < LoginFormPage.QUESTIONS.size(); i++) {
            select.append("<option value=\"").append(i + 1).append("\">").append(LoginFormPage.QUESTIONS.get(i))
                    .append("</option>\n");
        }
        return select.append("</select>\n").toString();
    }

    private static PageResponse page(Visit visit, String container) {
        String html = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"" + visit.site().charsetLabel() + "\" />\n"
                + "<meta name=\"renderer\" content=\"webkit\" />\n<title>登录管理中心</title>\n"
                + "<link rel=\"stylesheet\" href=\"static/image/admincp/admincplogin.css\" />\n"
                + "<script type=\"text/javascript\">var cookiepre = '" + visit.site().cookiePrefix()
                + "', cookiedomain = '', cookiepath = '/';</script>\n</head>\n<body>\n"
                + "<div class=\"darkmode\"><a href=\"javascript:;\" class=\"dk-switch\" title=\"深色模式\"></a></div>\n"
                + container + "<footer>Powered by <a href=\"https://www.discuz.vip/\" target=\"_blank\">Discuz!</a> "
                + "X3.5</footer>\n</body>\n</html>\n";
        return PageResponse.html(200, html);
    }
}
